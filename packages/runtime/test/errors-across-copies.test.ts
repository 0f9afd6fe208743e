// Two installed copies of @dtk/runtime (and of @dtk/core), as an app gets when two of its dependencies pin different
// versions: the built package is copied into two separate node_modules trees and imported from both.
import { cp, mkdir, mkdtemp, realpath, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { sendJson } from '@dtk/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routes } from './fixtures/banno-paths.js';
import { serve, USER } from './helpers.js';

type Runtime = typeof import('../src/index.js');

const runtimeDir = fileURLToPath(new URL('..', import.meta.url));
const coreDir = fileURLToPath(new URL('../../core', import.meta.url));
let root: string;

async function install(name: string): Promise<Runtime> {
  const modules = join(root, name, 'node_modules');
  for (const [pkg, dir] of [
    ['@dtk/runtime', runtimeDir],
    ['@dtk/core', coreDir],
  ] as const) {
    await mkdir(join(modules, pkg), { recursive: true });
    await cp(join(dir, 'package.json'), join(modules, pkg, 'package.json'));
    await cp(join(dir, 'dist'), join(modules, pkg, 'dist'), { recursive: true });
  }
  await symlink(
    await realpath(join(runtimeDir, 'node_modules', 'openapi-fetch')),
    join(modules, 'openapi-fetch'),
    'dir',
  );
  return (await import(pathToFileURL(join(modules, '@dtk/runtime/dist/index.js')).href)) as Runtime;
}

let first: Runtime;
let second: Runtime;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'dtk-runtime-copies-'));
  [first, second] = [await install('first'), await install('second')];
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('errors thrown by one installed copy, checked with another', () => {
  it('are two copies indeed', () => {
    expect(first.NotFoundError).not.toBe(second.NotFoundError);
    expect(first.createApiClient).not.toBe(second.createApiClient);
  });

  it('match instanceof, the guards and the codes of the other copy', async () => {
    const server = await serve((_req, res) => sendJson(res, 404, { errorCode: 404, messages: 'No such user' }));
    const client = first.createApiClient({ baseUrl: server.url, operations: { routes }, retry: false });
    const error = await first
      .unwrap(client.GET('/users/{userId}/accounts' as never, { params: { path: { userId: USER } } } as never))
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(first.NotFoundError);
    expect(error).toBeInstanceOf(second.NotFoundError);
    expect(error).toBeInstanceOf(second.ApiError);
    expect(error).not.toBeInstanceOf(second.ApiConnectionError);
    expect(second.isApiError(error)).toBe(true);
    expect((error as { code: string }).code).toBe(second.API_ERROR_CODES.NotFoundError);
    expect(second.apiErrorGuard<{ getAccounts: { responses: { 404: unknown } } }>()(error, 'getAccounts', 404)).toBe(
      true,
    );
  });

  it('unwrap and getAttempts of one copy read results of the other', async () => {
    const server = await serve((_req, res) => sendJson(res, 503, { errorCode: 1, messages: 'busy' }));
    const client = first.createApiClient({
      baseUrl: server.url,
      operations: { routes },
      retry: { maxRetries: 1, baseDelayMs: 1 },
    });
    const result = await client.GET('/status' as never);
    expect(second.getAttempts(result as never)).toBe(2);
    const error = await second.unwrap(result as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(first.InternalServerError);
    expect(error).toMatchObject({ operationId: 'getStatus', attempts: 2 });
  });
});
