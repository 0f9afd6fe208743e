// Run as a separate process by file-token-store tests: renews the session in a shared token file.
import { publicClientRenewal, TokenManager } from '../../src/index.js';
import { FileTokenStore } from '../../src/native/index.js';

const [storePath, issuer, clientId] = process.argv.slice(2);
if (!storePath || !issuer || !clientId) throw new Error('usage: file-store-worker <store> <issuer> <clientId>');

const manager = new TokenManager({
  store: new FileTokenStore(storePath),
  key: 'session',
  renewal: publicClientRenewal({ issuer, clientId, allowInsecureRequests: true }),
});
try {
  process.stdout.write(JSON.stringify({ token: await manager.getAccessToken() }));
} catch (error) {
  process.stdout.write(JSON.stringify({ error: String(error) }));
}
