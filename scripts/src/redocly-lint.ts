// Lints one resource file with redocly (recommended + the house rules of redocly.yaml), in process.
import { getLineColLocation, lint, loadConfig, type Config, type NormalizedProblem } from '@redocly/openapi-core';
import { fileURLToPath } from 'node:url';
import type { Problem } from './problems.js';
import { displayPath, type Workspace } from './workspace.js';

const configs = new Map<string, Promise<Config>>();

/** Loading the config evaluates the plugin; one load per config file and process is enough. */
export function loadLintConfig(configPath: string): Promise<Config> {
  let config = configs.get(configPath);
  if (!config) {
    config = loadConfig({ configPath });
    configs.set(configPath, config);
  }
  return config;
}

export async function redoclyLintFile(workspace: Workspace, path: string): Promise<Problem[]> {
  const config = await loadLintConfig(workspace.configPath);
  const problems = await lint({ ref: path, config });
  return problems.filter((problem) => !problem.ignored).map((problem) => toProblem(workspace, path, problem));
}

export function toProblem(workspace: Workspace, path: string, problem: NormalizedProblem): Problem {
  const location = problem.location[0];
  const lineCol = location ? getLineColLocation(location) : undefined;
  const source = lineCol?.source.absoluteRef ?? path;
  return {
    file: displayPath(workspace, source.startsWith('file:') ? fileURLToPath(source) : source),
    line: lineCol?.start.line ?? 1,
    col: lineCol?.start.col ?? 1,
    severity: problem.severity,
    rule: problem.ruleId,
    message: problem.message,
  };
}
