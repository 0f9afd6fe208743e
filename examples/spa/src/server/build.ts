// `pnpm --filter @dtk/example-spa build`: the production bundle in dist/, and what it weighs.
import { relative } from 'node:path';
import { bundleSpa, SPA_ROOT } from './bundle.js';

const kB = (bytes: number) => `${(bytes / 1000).toFixed(2)} kB`;
const { outdir, report } = await bundleSpa();
console.log(
  `${relative(SPA_ROOT, outdir)}/app.js: ${kB(report.minified)} minified, ${kB(report.gzip)} gzip, ${kB(report.brotli)} brotli`,
);
for (const [name, bytes] of Object.entries(report.packages))
  console.log(`  ${name.padEnd(26)} ${kB(bytes).padStart(9)} minified`);
