// Profiles saved by several dtk processes at once: each save re-reads the config file under its lock, so none is lost.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { configDirectory } from './support/dtk.js';

const CONFIG_MODULE = pathToFileURL(join(import.meta.dirname, '..', 'dist', 'config-file.js')).href;
const SAVES_PER_PROCESS = 15;

/** A process saving `count` profiles named `<name>-<i>` one after another, as `dtk login` saves one. */
async function saveProfiles(configFile: string, name: string, count: number): Promise<void> {
  const script = `
    const { updateConfigFile } = await import(${JSON.stringify(CONFIG_MODULE)});
    for (let i = 0; i < ${count}; i++) {
      await updateConfigFile(${JSON.stringify(configFile)}, (current) => ({
        ...current,
        profiles: { ...current.profiles, [${JSON.stringify(name)} + '-' + i]: { clientId: 'client-' + i } },
      }));
    }`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const [code] = await once(child, 'close');
  expect(code, stderr).toBe(0);
}

let home: Awaited<ReturnType<typeof configDirectory>> | undefined;
afterEach(async () => {
  await home?.remove();
});

describe('saving profiles from concurrent dtk processes', () => {
  it('keeps every profile each process saved, and leaves no lock behind', async () => {
    home = await configDirectory();
    const configFile = join(home.path, 'config.json');
    const names = ['first', 'second', 'third'];
    await Promise.all(names.map((name) => saveProfiles(configFile, name, SAVES_PER_PROCESS)));
    const saved = JSON.parse(await readFile(configFile, 'utf8')) as { profiles: Record<string, unknown> };
    const expected = names.flatMap((name) => Array.from({ length: SAVES_PER_PROCESS }, (_, i) => `${name}-${i}`));
    expect(Object.keys(saved.profiles).sort()).toEqual(expected.sort());
    expect((await stat(configFile)).mode & 0o777).toBe(0o600);
    await expect(stat(`${configFile}.lock`)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('removes the temporary file a dtk killed mid-save left beside the config, and nothing else', async () => {
    home = await configDirectory();
    const configFile = join(home.path, 'config.json');
    await writeFile(`${configFile}.99999.0b5c8e9e-1f2a-4c3d-9e8f-7a6b5c4d3e2f.tmp`, '{"profiles":{"half":', {
      mode: 0o600,
    });
    await writeFile(join(home.path, 'notes.tmp'), 'not written by dtk');
    await saveProfiles(configFile, 'after-crash', 1);
    expect((await readdir(home.path)).sort()).toEqual(['config.json', 'notes.tmp']);
  });
});
