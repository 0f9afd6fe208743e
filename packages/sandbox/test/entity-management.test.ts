import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Sandbox, startSandbox } from '../src/index.js';
import { call } from './support/http.js';
import { clientCredentials } from './support/oauth.js';

const READ = 'https://jackhenry.com/entity-services/entities.read';
let sandbox: Sandbox;
let token: string;

beforeAll(async () => {
  sandbox = await startSandbox();
  token = (await sandbox.tokens.entityManagement()).accessToken;
});
afterAll(() => sandbox.stop());

const entities = (path = '') =>
  `${sandbox.entityManagement.baseUrl}/a/api/entity-svcs/v1/${sandbox.institution.universalId}/entities${path}`;

describe("the institution's entities", () => {
  it('start with a person for every user and an organization for the business, each with address, phone and e-mail', async () => {
    const list = await call('GET', entities('?limit=100'), { token });
    expect(list.status).toBe(200);
    const businesses = sandbox.users.filter((user) => user.userType === 'Company').length;
    expect(list.body.totalCount).toBe(sandbox.users.length + businesses);
    const people = (await call('GET', entities('?entityType=Person'), { token })).body.entities as Array<{
      entityId: string;
      person: { lastName: string };
    }>;
    expect(people.map((entity) => entity.person.lastName).sort()).toEqual(
      sandbox.users.map((user) => user.name.split(' ')[1]).sort(),
    );
    const first = people[0]?.entityId;
    expect((await call('GET', entities(`/${first}/addresses`), { token })).body.addresses).toHaveLength(1);
    expect(
      (await call('GET', entities(`/${first}/digital-contact-points`), { token })).body.digitalContactPoints[0]
        .contactPointType,
    ).toBe('Email');
    expect(
      (await call('GET', entities(`/${first}/relationships`), { token })).body.relationships.length,
    ).toBeGreaterThan(0);
  });

  it('are created, read, replaced and deleted, with addresses below them that go when they go', async () => {
    const created = await call('POST', entities(), {
      token,
      body: { entityType: 'Person', person: { firstName: 'Robin', lastName: 'Hale', dateOfBirth: '1990-02-03' } },
    });
    expect(created.status).toBe(201);
    const { entityId } = created.body as { entityId: string };
    expect(created.headers.get('location')).toBe(new URL(entities(`/${entityId}`)).pathname);
    expect(created.body).toMatchObject({ entityType: 'Person', status: 'Active', person: { firstName: 'Robin' } });

    const address = await call('POST', entities(`/${entityId}/addresses`), {
      token,
      body: {
        addressType: 'Mailing',
        isPrimary: true,
        addressLine1: '1 Main St',
        city: 'Joplin',
        postalCode: '64801',
        countryCode: 'US',
      },
    });
    expect(address.status).toBe(201);
    expect(address.body).toMatchObject({ entityId, addressLine1: '1 Main St' });

    const replaced = await call('PUT', entities(`/${entityId}`), {
      token,
      body: { status: 'Inactive', person: { firstName: 'Robin', lastName: 'Hale-Price' } },
    });
    expect(replaced.body).toMatchObject({
      entityId,
      entityType: 'Person',
      status: 'Inactive',
      person: { lastName: 'Hale-Price' },
      createdAt: created.body.createdAt,
    });
    expect(replaced.body.updatedAt >= created.body.updatedAt).toBe(true);
    expect((await call('GET', entities(`/${entityId}`), { token })).body).toEqual(replaced.body);

    expect((await call('DELETE', entities(`/${entityId}`), { token })).status).toBe(204);
    expect((await call('GET', entities(`/${entityId}`), { token })).status).toBe(404);
    expect((await call('GET', entities(`/${entityId}/addresses`), { token })).status).toBe(404);
  });

  it('cannot be deleted while they have relationships (409)', async () => {
    const person = (
      (await call('GET', entities('?entityType=Person'), { token })).body.entities as Array<{ entityId: string }>
    )[0];
    const refused = await call('DELETE', entities(`/${person?.entityId}`), { token });
    expect(refused.status).toBe(409);
    expect(refused.body.errors[0]).toMatchObject({
      code: 'CONFLICT',
      message: 'the entity still has relationships; end or delete them first',
    });
    expect((await call('GET', entities(`/${person?.entityId}`), { token })).status).toBe(200);
  });

  it('are found by name, e-mail or phone number', async () => {
    const user = sandbox.users[0];
    const lastName = user?.name.split(' ')[1];
    const byName = await call('POST', entities('/search'), { token, body: { entityType: 'Person', lastName } });
    expect(byName.body.entities.map((entity: { person: { lastName: string } }) => entity.person.lastName)).toEqual([
      lastName,
    ]);
    const byEmail = await call('POST', entities('/search'), {
      token,
      body: { emailAddress: user?.email.toUpperCase() },
    });
    expect(byEmail.body.totalCount).toBeGreaterThanOrEqual(1);
    const nobody = await call('POST', entities('/search'), { token, body: { name: 'nobody-by-this-name' } });
    expect(nobody.body).toMatchObject({ entities: [], totalCount: 0 });
  });

  it('a token holding only the read scope may read but not write', async () => {
    const readOnly = await clientCredentials(
      sandbox.entityManagement.tokenUrl,
      sandbox.clients.entityManagementJob,
      READ,
    );
    const readToken = String(readOnly.body.access_token);
    // Reads take the read or the write scope (two requirements); writes need the write scope.
    expect((await call('GET', entities(), { token: readToken })).status).toBe(200);
    expect(
      (
        await call('POST', entities(), {
          token: readToken,
          body: { entityType: 'Person', person: { firstName: 'A', lastName: 'B' } },
        })
      ).status,
    ).toBe(403);
  });
});
