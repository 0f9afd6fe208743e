import { type Sandbox, startSandbox } from '@dtk/sandbox';
import { afterAll, beforeAll, expect, it } from 'vitest';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox(); // 127.0.0.1, ephemeral ports, keys and secrets made now
});
afterAll(() => sandbox.stop());

it("reads the signed-in user's accounts", async () => {
  const [user] = sandbox.users;
  const { accessToken } = await sandbox.tokens.consumer({ username: user?.username });
  const response = await fetch(`${sandbox.consumer.baseUrl}/users/${user?.userId}/accounts`, {
    headers: { authorization: `Bearer ${accessToken}` },
  });
  expect(response.status).toBe(200);
  expect((await response.json()).accounts).toHaveLength(user?.accounts.length ?? 0);
});
