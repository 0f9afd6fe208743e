// Entry point of `pnpm lint:specs`, `pnpm generate` and `pnpm new-api` (see the root package.json).
import { parseArgs } from 'node:util';
import { runLint } from './lint-command.js';
import { consoleOutput } from './progress.js';
import type { WorkspaceOptions } from './workspace.js';

const USAGE = `Usage:
  lint [api...]                      lint the specs of all (or the named) APIs
  generate [api...] [--check]        lint, join, bundle and generate the <api>-types packages
                                     (--check: write nothing, exit 1 and list stale files if output is out of date)
  new-api <name> [--title "Title"]   scaffold the registry entry, the <name>-types package and the <name> client
                                     package for specs/<name>/
Options: --specs-root DIR  --packages-root DIR  --config redocly.yaml`;

async function main(argv: readonly string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      check: { type: 'boolean', default: false },
      title: { type: 'string' },
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
    case 'generate': {
      const { runGenerate } = await import('./generate-command.js');
      return runGenerate(names, { ...workspace, check: values.check }, consoleOutput);
    }
    case 'new-api': {
      const { runNewApi } = await import('./new-api.js');
      return runNewApi(names, { ...workspace, title: values.title }, consoleOutput);
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
