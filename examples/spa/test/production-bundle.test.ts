// The production bundle holds nothing secret: no sandbox client secret or private key, no code of the entries that
// handle them (@dtk/auth/confidential, /native, /node), nothing of the sandbox; and only the packages a browser app
// needs. Its size is measured and printed here (and recorded in the README and docs/benchmarks.md), not asserted.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Sandbox, startSandbox } from '@dtk/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BuiltSpa, bundleSpa, packageOf } from '../src/server/bundle.js';
import { type SpaServer, startSpaServer } from '../src/server/serve.js';

let outdir: string;
let built: BuiltSpa;
let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await startSandbox();
  outdir = await mkdtemp(join(tmpdir(), 'dtk-spa-bundle-'));
  built = await bundleSpa(outdir);
});

afterAll(async () => {
  await sandbox?.stop();
  if (outdir) await rm(outdir, { recursive: true, force: true });
});

describe('the production bundle', () => {
  it('contains no client secret, private key or confidential-client code', async () => {
    const { clients } = sandbox;
    const secrets = [
      clients.consumerWebApp.clientSecret,
      clients.adminCli.clientSecret,
      clients.adminJob.privateJwk.d,
      clients.entityManagementJob.privateJwk.d,
    ];
    const shipped = await Promise.all(
      ['app.js', 'index.html', 'styles.css'].map((file) => readFile(join(outdir, file), 'utf8')),
    );
    for (const text of shipped) {
      for (const secret of secrets) {
        expect(secret).toBeTruthy();
        expect(text).not.toContain(secret);
      }
      expect(text).not.toMatch(/-----BEGIN [A-Z ]*PRIVATE KEY-----/);
      expect(text).not.toMatch(/client_?secret\s*[:=]\s*["'`][^"'`]/i); // no secret literal of any name
    }
    expect(shipped[0]).toBe(built.code);
    const offLimits = built.report.inputs.filter((input) =>
      /packages\/auth\/dist\/(confidential|native|node)\/|packages\/sandbox\/|node_modules\/(jose|oidc-provider)\//.test(
        input,
      ),
    );
    expect(offLimits).toEqual([]);
  });

  it('is made of the browser packages only', () => {
    expect(Object.keys(built.report.packages).sort()).toEqual([
      '@dtk/auth',
      '@dtk/consumer-api',
      '@dtk/consumer-api-types',
      '@dtk/core',
      '@dtk/runtime',
      'app',
      'oauth4webapi',
      'openapi-fetch',
    ]);
    const total = Object.values(built.report.packages).reduce((sum, bytes) => sum + bytes, 0);
    expect(total).toBeLessThanOrEqual(built.report.minified);
    const kB = (bytes: number) => `${(bytes / 1000).toFixed(2)} kB`;
    console.log(
      `app.js: ${kB(built.report.minified)} min, ${kB(built.report.gzip)} min+gzip, ${kB(built.report.brotli)} brotli\n${Object.entries(
        built.report.packages,
      )
        .map(([name, bytes]) => `  ${name}: ${kB(bytes)} min`)
        .join('\n')}`,
    );
  });

  it('names the package of each bundled file', () => {
    expect(packageOf('../../node_modules/.pnpm/oauth4webapi@3.8.8/node_modules/oauth4webapi/build/index.js')).toBe(
      'oauth4webapi',
    );
    expect(packageOf('../../node_modules/.pnpm/x@1/node_modules/@scope/name/index.js')).toBe('@scope/name');
    expect(packageOf('../../packages/auth/dist/grants.js')).toBe('@dtk/auth');
    expect(packageOf('src/app/main.ts')).toBe('app');
  });

  it('is told public settings only', async () => {
    const config = {
      issuer: sandbox.consumer.issuer,
      clientId: sandbox.clients.consumerPublicApp.clientId,
      consumerApiBaseUrl: sandbox.consumer.baseUrl,
    };
    const site: SpaServer = await startSpaServer({ root: outdir, config: () => config });
    try {
      const served = await fetch(`${site.url}/config.json`);
      expect(await served.json()).toEqual(config);
      const page = await fetch(`${site.url}/callback`);
      expect(page.headers.get('content-security-policy')).toContain(`connect-src 'self' ${sandbox.consumer.origin};`);
      expect(await page.text()).toContain('<script type="module" src="/app.js"></script>');
    } finally {
      await site.close();
    }
  });
});
