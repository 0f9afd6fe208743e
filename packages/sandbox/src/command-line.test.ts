import { describe, expect, it } from 'vitest';
import { DEFAULT_PORT, parseCommandLine } from './command-line.js';

describe('parseCommandLine', () => {
  it('uses three fixed ports by default, consecutive ports from --port, free ones for --port 0', async () => {
    expect((await parseCommandLine([])).options.ports).toEqual({
      consumer: DEFAULT_PORT,
      admin: DEFAULT_PORT + 1,
      entityManagement: DEFAULT_PORT + 2,
    });
    expect((await parseCommandLine(['--port', '5000'])).options.ports).toEqual({
      consumer: 5000,
      admin: 5001,
      entityManagement: 5002,
    });
    expect((await parseCommandLine(['--port', '0'])).options.ports).toEqual({
      consumer: 0,
      admin: 0,
      entityManagement: 0,
    });
  });

  it('reads the data flags and repeated redirect URIs', async () => {
    const { options, json, help } = await parseCommandLine([
      '--seed',
      's',
      '--users',
      '5',
      '--password',
      'p',
      '--redirect-uri',
      'http://a/cb',
      '--redirect-uri',
      'http://b/cb',
      '--json',
    ]);
    expect(options).toMatchObject({ seed: 's', users: 5, password: 'p', redirectUris: ['http://a/cb', 'http://b/cb'] });
    expect({ json, help }).toEqual({ json: true, help: false });
  });

  it('refuses what it cannot use, saying why', async () => {
    await expect(parseCommandLine(['--users', '0'])).rejects.toThrow('--users needs a whole number above 0, got "0"');
    await expect(parseCommandLine(['--port', '65534'])).rejects.toThrow(
      '--port must leave room for three ports (at most 65533)',
    );
    await expect(parseCommandLine(['extra'])).rejects.toThrow(/Unexpected argument 'extra'/);
  });
});
