// `pnpm demo`: one complete session against local servers on 127.0.0.1, nothing from the network.
import { runAdminSession } from './admin-session.js';
import { runConsumerSession } from './consumer-session.js';

const log = (line: string) => console.log(`  ${line}`);

console.log('\nConsumer API — a user signs in (authorization code + PKCE) and the app reads their data');
const consumer = await runConsumerSession(log);
console.log(`  served: ${consumer.operationsServed.join(', ')}`);

console.log('\nAdmin API — a back-office job with client credentials (private_key_jwt, PS256)');
const admin = await runAdminSession(log);
console.log(`  served: ${admin.operationsServed.join(', ')}; token requests: ${admin.tokenRequests}`);
console.log('\nDone: every call above was typed from the specs, authorized by a real OpenID provider, and served on loopback.');
