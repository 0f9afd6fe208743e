import type { Adapter, AdapterFactory, AdapterPayload } from 'oidc-provider';

interface StoredRecord {
  payload: AdapterPayload;
  /** Epoch milliseconds after which the record is gone; `Infinity` when it never expires. */
  expiresAt: number;
}

/** Drops a secondary index entry unless it already points at a newer record. */
function unindex(index: Map<string, string>, indexKey: string, id: string): void {
  if (index.get(indexKey) === id) index.delete(indexKey);
}

/**
 * In-memory storage for one provider instance. oidc-provider's built-in memory
 * adapter would do, but a store of our own lets the sandbox enumerate and
 * destroy access tokens (to force a client onto its 401 → refresh path),
 * register clients while running, and keeps the provider from warning about
 * its development adapter.
 */
export class MemoryStore {
  readonly #records = new Map<string, StoredRecord>();
  /** `${model}:${grantId}` → ids of that model issued under the grant. */
  readonly #byGrant = new Map<string, Set<string>>();
  /** `${model}:${uid}` and `${model}:${userCode}` → id, for sessions and the device flow. */
  readonly #byUid = new Map<string, string>();
  readonly #byUserCode = new Map<string, string>();
  readonly #toleranceMs: number;

  constructor(clockToleranceSeconds = 0) {
    this.#toleranceMs = clockToleranceSeconds * 1000;
  }

  /** The factory oidc-provider calls once per model name. */
  readonly adapterFactory: AdapterFactory = (model) => this.#adapterFor(model);

  /** Destroys every stored record of `model`; returns how many there were. */
  destroyAll(model: string): number {
    let destroyed = 0;
    for (const key of [...this.#records.keys()]) {
      if (!key.startsWith(`${model}:`)) continue;
      this.#delete(model, key.slice(model.length + 1));
      destroyed += 1;
    }
    return destroyed;
  }

  /**
   * Registers (or replaces) a client at run time. oidc-provider looks up clients it was not
   * configured with in the `Client` model and validates the metadata when first used.
   */
  putClient(metadata: AdapterPayload & { client_id: string }): void {
    this.#records.set(`Client:${metadata.client_id}`, { payload: metadata, expiresAt: Infinity });
  }

  /** Removes a client registered with {@link putClient}; true when there was one. */
  removeClient(clientId: string): boolean {
    return this.#records.delete(`Client:${clientId}`);
  }

  #adapterFor(model: string): Adapter {
    const key = (id: string) => `${model}:${id}`;
    return {
      upsert: async (id, payload, expiresIn) => {
        this.#delete(model, id);
        const expiresAt = typeof expiresIn === 'number' ? Date.now() + expiresIn * 1000 + this.#toleranceMs : Infinity;
        this.#records.set(key(id), { payload, expiresAt });
        if (payload.grantId) this.#grantMembers(model, payload.grantId).add(id);
        if (payload.uid) this.#byUid.set(key(payload.uid), id);
        if (payload.userCode) this.#byUserCode.set(key(payload.userCode), id);
      },
      find: async (id) => this.#find(model, id),
      findByUid: async (uid) => {
        const id = this.#byUid.get(key(uid));
        return id === undefined ? undefined : this.#find(model, id);
      },
      findByUserCode: async (userCode) => {
        const id = this.#byUserCode.get(key(userCode));
        return id === undefined ? undefined : this.#find(model, id);
      },
      consume: async (id) => {
        const record = this.#records.get(key(id));
        if (record) record.payload.consumed = Math.floor(Date.now() / 1000);
      },
      destroy: async (id) => {
        this.#delete(model, id);
      },
      revokeByGrantId: async (grantId) => {
        for (const id of this.#grantMembers(model, grantId)) this.#delete(model, id);
        this.#byGrant.delete(`${model}:${grantId}`);
      },
    };
  }

  #find(model: string, id: string): AdapterPayload | undefined {
    const record = this.#records.get(`${model}:${id}`);
    if (!record) return undefined;
    if (record.expiresAt <= Date.now()) {
      this.#delete(model, id);
      return undefined;
    }
    return record.payload;
  }

  #grantMembers(model: string, grantId: string): Set<string> {
    const indexKey = `${model}:${grantId}`;
    let members = this.#byGrant.get(indexKey);
    if (!members) {
      members = new Set();
      this.#byGrant.set(indexKey, members);
    }
    return members;
  }

  #delete(model: string, id: string): void {
    const key = `${model}:${id}`;
    const record = this.#records.get(key);
    if (!record) return;
    this.#records.delete(key);
    const { grantId, uid, userCode } = record.payload;
    if (grantId) this.#byGrant.get(`${model}:${grantId}`)?.delete(id);
    unindex(this.#byUid, `${model}:${uid}`, id);
    unindex(this.#byUserCode, `${model}:${userCode}`, id);
  }
}
