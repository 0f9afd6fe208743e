// @ts-check
// A process that writes token sets to one FileTokenStore as fast as it can, until it is killed: generation after
// generation of the `session` key. After each write has resolved it says so on stdout, synchronously (a pipe write on
// Linux), so the parent knows the last generation that was stored before the kill.
import { writeSync } from 'node:fs';
import { FileTokenStore } from '@dtk/auth/native';
import { tokenSetFor } from './token-generations.mjs';

const [path, from] = process.argv.slice(2);
if (!path || from === undefined) throw new Error('usage: store-writer <store file> <last stored generation>');

const store = new FileTokenStore(path, { timeoutMs: 30_000 });
writeSync(1, 'ready\n');
for (let generation = Number(from) + 1; ; generation++) {
  await store.set('session', tokenSetFor(generation));
  writeSync(1, `stored ${generation}\n`);
}
