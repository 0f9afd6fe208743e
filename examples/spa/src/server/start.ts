// `pnpm --filter @dtk/example-spa start`: builds the app, starts the sandbox on 127.0.0.1 and serves the app on
// http://localhost:5173, an origin whose `/callback` is registered on the sandbox's public client.
import { startSandbox } from '@dtk/sandbox';
import { bundleSpa } from './bundle.js';
import { startSpaServer } from './serve.js';

const { outdir, report } = await bundleSpa();
console.log(`Built            ${outdir} (app.js ${(report.gzip / 1000).toFixed(1)} kB gzip)`);
const sandbox = await startSandbox();
const config = {
  issuer: sandbox.consumer.issuer,
  clientId: sandbox.clients.consumerPublicApp.clientId,
  consumerApiBaseUrl: sandbox.consumer.baseUrl,
  allowInsecureRequests: true, // the sandbox is plain http on loopback
};
const server = await startSpaServer({ root: outdir, config: () => config, host: 'localhost', port: 5173 });
const [user] = sandbox.users;
console.log(`Sign in as       ${user?.username} / ${user?.password}`);
console.log(`Open             ${server.url}/`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void Promise.all([server.close(), sandbox.stop()]));
}
