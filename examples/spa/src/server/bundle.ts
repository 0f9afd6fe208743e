// The production build: one minified ES module (esbuild, browser platform) beside index.html and the stylesheet, and
// what the bundle is made of, from esbuild's metafile: bytes per package, and the whole min+gzip size.
import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';

export const SPA_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const APP_DIR = join(SPA_ROOT, 'src', 'app');
export const DEFAULT_OUTDIR = join(SPA_ROOT, 'dist');

export interface BundleReport {
  /** Minified bytes of app.js. */
  minified: number;
  /** app.js gzipped at level 9, as a server would send it. */
  gzip: number;
  brotli: number;
  /** Minified bytes in the output by package (`@dtk/auth`, `oauth4webapi`, ..., `app` for this example's code). */
  packages: Record<string, number>;
  /** Every input file that ended up in the bundle, relative to the repository. */
  inputs: string[];
}

export interface BuiltSpa {
  outdir: string;
  /** The bundle's text. */
  code: string;
  report: BundleReport;
}

/** Which package a bundled file belongs to: the last `node_modules/<name>` in its path, or the workspace package. */
export function packageOf(path: string): string {
  const parts = path.split(/[\\/]/);
  const lastModules = parts.lastIndexOf('node_modules');
  if (lastModules >= 0) {
    const name = parts[lastModules + 1] ?? '';
    return name.startsWith('@') ? `${name}/${parts[lastModules + 2]}` : name;
  }
  const packages = parts.lastIndexOf('packages');
  if (packages >= 0) return `@dtk/${parts[packages + 1]}`;
  return 'app';
}

export function reportOf(metafile: Metafile, code: string, outputPath: string): BundleReport {
  const output = metafile.outputs[outputPath];
  if (!output) throw new Error(`esbuild's metafile has no output ${outputPath}`);
  const packages: Record<string, number> = {};
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    const name = packageOf(input);
    packages[name] = (packages[name] ?? 0) + bytesInOutput;
  }
  const bytes = Buffer.from(code);
  return {
    minified: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes).length,
    packages: Object.fromEntries(Object.entries(packages).sort(([, a], [, b]) => b - a)),
    inputs: Object.keys(output.inputs).sort(),
  };
}

/** Builds the app for production into `outdir` (default `dist/`), replacing what was there. */
export async function bundleSpa(outdir = DEFAULT_OUTDIR): Promise<BuiltSpa> {
  const result = await build({
    entryPoints: { app: join(APP_DIR, 'main.ts') },
    absWorkingDir: SPA_ROOT,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    treeShaking: true,
    legalComments: 'none',
    metafile: true,
    write: false,
    outdir,
    logLevel: 'warning',
  });
  const [output] = result.outputFiles;
  if (!output || result.outputFiles.length !== 1) throw new Error('expected one output file');
  await rm(outdir, { recursive: true, force: true });
  await mkdir(outdir, { recursive: true });
  await writeFile(output.path, output.contents);
  await Promise.all(['index.html', 'styles.css'].map((file) => copyFile(join(APP_DIR, file), join(outdir, file))));
  const report = reportOf(result.metafile, output.text, relative(SPA_ROOT, output.path).split('\\').join('/'));
  await writeFile(join(outdir, 'bundle-report.json'), `${JSON.stringify(report, null, 2)}\n`);
  return { outdir, code: output.text, report };
}
