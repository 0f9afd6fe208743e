// Files that hold secrets (token sets, a config naming clients): replaced whole, so that no reader ever sees half of
// one, and readable by their owner only.
import { randomUUID } from 'node:crypto';
import { open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Removes the temporary files that writers killed before their rename left beside `path`: they hold the same secrets
 * as the file itself, and nothing else would ever delete them.
 */
async function removeAbandonedTemporaries(path: string): Promise<void> {
  const prefix = `${basename(path)}.`;
  const names = await readdir(dirname(path)).catch(() => [] as string[]);
  for (const name of names) {
    if (name.startsWith(prefix) && name.endsWith('.tmp')) await rm(join(dirname(path), name), { force: true });
  }
}

/**
 * Replaces `path` with `text` atomically: a temporary file beside it (mode 0600), fsync, rename. Call it holding the
 * file's lock ({@link withFileLock} on `<path>.lock`): temporaries that killed writers left are removed first, which
 * is safe only while no other writer can have one open. The directory must exist.
 *
 * @throws the file system's error when the file cannot be written; the temporary file is removed.
 */
export async function replacePrivateFile(path: string, text: string): Promise<void> {
  await removeAbandonedTemporaries(path);
  const temporary = `${path}.${process.pid}.${randomUUID()}.tmp`;
  try {
    const handle = await open(temporary, 'wx', 0o600);
    try {
      await handle.writeFile(text);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
