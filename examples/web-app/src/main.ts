// `pnpm --filter @dtk/example-web-app start`: the web app on http://localhost:8080. With BANNO_ISSUER, CLIENT_ID and
// CLIENT_SECRET set it signs in at that institution; otherwise it starts the sandbox on 127.0.0.1 and uses its
// `sandbox-web-app` client, whose registered redirect URI is this app's `http://localhost:8080/auth/cb`.
import { createServer } from 'node:http';
import { startSandbox } from '@dtk/sandbox';
import { createWebApp, type WebAppConfig } from './app.js';

const redirectUri = process.env.REDIRECT_URI ?? 'http://localhost:8080/auth/cb';
const port = Number(new URL(redirectUri).port || 80);

async function configuration(): Promise<{ config: WebAppConfig; stop: () => Promise<void> }> {
  const { BANNO_ISSUER: issuer, CLIENT_ID: clientId, CLIENT_SECRET: clientSecret } = process.env;
  if (issuer && clientId && clientSecret) {
    const consumerApiBaseUrl = issuer.replace(/\/oidc\/?$/, '');
    return { config: { issuer, clientId, clientSecret, redirectUri, consumerApiBaseUrl }, stop: async () => {} };
  }
  const sandbox = await startSandbox({ redirectUris: [redirectUri] });
  const [user] = sandbox.users;
  console.log(`Sandbox provider ${sandbox.consumer.issuer}`);
  console.log(`Sign in as       ${user?.username} / ${user?.password}`);
  const { clientId: sandboxClientId, clientSecret: sandboxSecret } = sandbox.clients.consumerWebApp;
  return {
    config: {
      issuer: sandbox.consumer.issuer,
      clientId: sandboxClientId,
      clientSecret: sandboxSecret ?? '',
      redirectUri,
      consumerApiBaseUrl: sandbox.consumer.baseUrl,
      allowInsecureRequests: true, // the sandbox is plain http on loopback
    },
    stop: () => sandbox.stop(),
  };
}

const { config, stop } = await configuration();
const app = createWebApp(config);
const server = createServer(app.handle);
server.listen(port, () => console.log(`Open             ${new URL('/', redirectUri)}`));
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close();
    server.closeAllConnections();
    void stop();
  });
}
