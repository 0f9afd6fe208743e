// Child process: the loopback server the client benchmark talks to. It runs apart from the
// clients so its work is not counted in their CPU time and does not share their event loop.
import { sendJson, startTestServer, type TestServer } from '@dtk/testkit';
import { ACCOUNT_LIST, ACCOUNTS_PATH, type ServerReady } from './account-server.js';

if (!process.send) throw new Error('account-server-process must be started with fork()');

const server: TestServer = await startTestServer((req, res) => {
  // The test server records every request for assertions; a benchmark would grow that list without bound.
  server.requests.length = 0;
  if (req.method === 'GET' && req.url === ACCOUNTS_PATH) sendJson(res, 200, ACCOUNT_LIST);
  else sendJson(res, 404, { errorCode: 404, messages: 'not found' });
});

process.send({ url: server.url } satisfies ServerReady);
process.once('disconnect', () => void server.close());
