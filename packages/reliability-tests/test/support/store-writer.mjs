// @ts-check
// A process of token-set writers, until it is killed: each writer has its own FileTokenStore file and stores one
// generation after another of its `session` key, all of them at once, so that one SIGKILL lands at a different point
// of each writer's write. After each write has resolved the writer says so on stdout, synchronously (a pipe write on
// Linux), so the parent knows the last generation each file had stored before the kill.
import { writeSync } from 'node:fs';
import { FileTokenStore } from '@dtk/auth/native';
import { tokenSetFor } from './token-generations.mjs';

// Arguments: pairs of <store file> <last stored generation>.
const pairs = process.argv.slice(2);
if (pairs.length === 0 || pairs.length % 2 !== 0) throw new Error('usage: store-writer (<file> <generation>)…');

/**
 * @param {number} writer
 * @param {string} path
 * @param {number} from
 */
async function write(writer, path, from) {
  const store = new FileTokenStore(path, { timeoutMs: 30_000 });
  for (let generation = from + 1; ; generation++) {
    await store.set('session', tokenSetFor(generation));
    writeSync(1, `stored ${writer} ${generation}\n`);
  }
}

writeSync(1, 'ready\n');
for (let index = 0; index < pairs.length; index += 2) {
  void write(index / 2, String(pairs[index]), Number(pairs[index + 1]));
}
