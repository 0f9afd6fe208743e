// The one entry point of the repository's scripts (bin/dtk-specs.js): the spec pipeline (`lint`, `generate`,
// `new-api`; root `pnpm lint:specs|generate|new-api` and each types package's `generate` under turbo), the release
// commands (`diff`, `check`, `packages`, `readme`, `lowest`: `pnpm spec:diff|spec:check|check:packages|docs:readme|
// test:lowest`), `docs` and `cycles` (`pnpm docs`, `pnpm check:cycles`). Progress goes to stdout; problems, stale files and failures to stderr (lint prints
// its problems on stdout: they are its output).
import { parseArgs } from 'node:util';
import { generate } from './generate/generate.js';
import { selectApis } from './registry/api-registry.js';
import { snapshotGenerated, summarizeGeneration } from './release/generate-summary.js';
import { RELEASE_USAGE } from './release/usage.js';
import { formatProblem, hasErrors } from './report/problems.js';
import { consoleOutput, formatStep, type Output } from './report/progress.js';
import { repoRoot, resolveWorkspace, type WorkspaceOptions } from './workspace.js';

const USAGE = `Usage: dtk-specs <command> [options]
  lint [api...]                  lint the descriptions of all (or the named) APIs
  generate [api...] [--check]    lint, join, bundle, generate and type-check the <api>-types packages
                                 (--check: write nothing; exit 1 listing stale files if the output is out of date;
                                  --force: regenerate even when nothing the output depends on changed)
  new-api <name> [--title "Title"] [--from <file.yaml|file.json>] [--rules house|recommended]
                                 register specs/<name>/ and scaffold the <name>-types and <name> packages;
                                 --from imports a single-file OpenAPI 3.0/3.1 description (default rules: recommended)
  docs                           HTML reference per API and the TypeScript reference in docs/reference/
  cycles                         fail on any import cycle in a workspace package's src/
Options: --specs-root DIR  --packages-root DIR  --config redocly.yaml (the root index of APIs)
${RELEASE_USAGE}`;

const RELEASE_COMMANDS = new Set(['diff', 'check', 'packages', 'readme', 'lowest']);

async function runLint(names: readonly string[], options: WorkspaceOptions, output: Output): Promise<number> {
  const workspace = resolveWorkspace(options);
  const { lintApi } = await import('./lint/lint-api.js');
  let failed = false;
  for (const api of selectApis(workspace, names)) {
    const started = performance.now();
    const { problems, files } = await lintApi(workspace, api, async (_name, run) => run());
    for (const problem of problems) output.out(formatProblem(problem));
    const errors = problems.filter((problem) => problem.severity === 'error').length;
    output.out(
      `${formatStep(api.name, 'lint', performance.now() - started)}  ${files.length} files, ${errors} errors, ${problems.length - errors} warnings`,
    );
    failed ||= hasErrors(problems);
  }
  return failed ? 1 : 0;
}

async function runGenerate(
  names: readonly string[],
  options: WorkspaceOptions & { check: boolean; force: boolean },
  output: Output,
): Promise<number> {
  const packagesRoot = resolveWorkspace(options).packagesRoot;
  const before = options.check ? undefined : snapshotGenerated(packagesRoot, repoRoot);
  const result = await generate(names, { ...options, skipUnchanged: !options.force, output });
  for (const api of result.apis) {
    for (const problem of api.problems) output.err(formatProblem(problem));
    if (api.error) output.err(`${api.api}: ${api.error}`);
    for (const file of api.staleFiles) output.err(`stale: ${file}`);
  }
  const stale = result.apis.flatMap((api) => api.staleFiles);
  if (stale.length > 0) output.err(`${stale.length} generated file(s) are out of date: run \`pnpm generate\`.`);
  const failed = result.apis.filter((api) => api.error || hasErrors(api.problems));
  if (failed.length > 0)
    output.err(`generate failed for ${failed.map((api) => api.api).join(', ')}; previous output left unchanged.`);
  // What changed in the published descriptions, classified like `pnpm spec:diff`.
  // APIs skipped as unchanged have nothing to report.
  const generated = result.apis
    .filter((api) => !failed.includes(api) && !('skipped' in api && api.skipped))
    .map((api) => api.api);
  if (before && generated.length > 0)
    for (const line of await summarizeGeneration(before, generated, packagesRoot, repoRoot)) output.out(line);
  return result.ok ? 0 : 1;
}

async function main(argv: readonly string[]): Promise<number> {
  // The release commands take their own flags (--base, --json, --write).
  if (argv[0] !== undefined && RELEASE_COMMANDS.has(argv[0])) {
    // loaded only for these commands: the classifier is not part of a no-op `generate`
    const { runReleaseCommand } = await import('./release/cli.js');
    return runReleaseCommand(argv);
  }
  if (argv[0] === 'docs') {
    const { buildDocs } = await import('./release/docs.js');
    buildDocs(repoRoot);
    return 0;
  }
  if (argv[0] === 'cycles') {
    const { runCycleCheck } = await import('./checks/import-cycles.js');
    return runCycleCheck(repoRoot);
  }
  const { positionals, values } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      check: { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      title: { type: 'string' },
      from: { type: 'string' },
      rules: { type: 'string' },
      'specs-root': { type: 'string' },
      'packages-root': { type: 'string' },
      config: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, ...names] = positionals;
  const workspace: WorkspaceOptions = {
    ...(values['specs-root'] !== undefined && { specsRoot: values['specs-root'] }),
    ...(values['packages-root'] !== undefined && { packagesRoot: values['packages-root'] }),
    ...(values.config !== undefined && { configPath: values.config }),
  };
  switch (values.help ? 'help' : command) {
    case 'lint':
      return runLint(names, workspace, consoleOutput);
    case 'generate':
      return runGenerate(names, { ...workspace, check: values.check, force: values.force }, consoleOutput);
    case 'new-api': {
      const { runNewApi } = await import('./scaffold/new-api.js');
      return runNewApi(
        names,
        { ...workspace, title: values.title, from: values.from, rules: values.rules },
        consoleOutput,
      );
    }
    case 'help':
      consoleOutput.out(USAGE);
      return 0;
    default:
      consoleOutput.err(`Unknown command ${command ?? '(none)'}.\n${USAGE}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    consoleOutput.err(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  },
);
