// `pnpm demo`: one complete session against the sandbox on 127.0.0.1, nothing from the network.
import { startSandbox } from '@dtk/sandbox';
import { runAdminSession } from './admin-session.js';
import { runConsumerSession } from './consumer-session.js';

const log = (line: string) => console.log(`  ${line}`);

const started = performance.now();
const sandbox = await startSandbox();
console.log(
  `\nSandbox started in ${Math.round(performance.now() - started)} ms: Consumer, Admin and Entity Management hosts on 127.0.0.1`,
);
try {
  console.log('\nConsumer API — a user signs in (authorization code + PKCE) and the app reads their data');
  const consumer = await runConsumerSession(sandbox, log);
  console.log(
    `  served: ${[...new Set(consumer.operationsServed)].join(', ')} (${consumer.operationsServed.length} calls)`,
  );

  console.log(
    `\nAdmin API — a back-office job with client credentials (private_key_jwt, ${sandbox.clients.adminJob.alg})`,
  );
  const admin = await runAdminSession(sandbox, log);
  console.log(`  served: ${admin.operationsServed.join(', ')}; token requests: ${admin.tokenRequests}`);
  const problems = sandbox.responseProblems();
  console.log(
    `\nDone: every call above was typed from the specs, authorized by a real OpenID provider, validated by the sandbox against the specs (${problems.length} mismatches), and served on loopback.`,
  );
  if (problems.length > 0) process.exitCode = 1;
} finally {
  await sandbox.stop();
}
