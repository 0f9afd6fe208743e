// A problem found in a spec file, reported as `file:line:col severity rule message` at the ORIGINAL position.

export type Severity = 'error' | 'warn';

export interface Problem {
  /** Path relative to the repository root (or the specs root's parent), with forward slashes. */
  readonly file: string;
  readonly line: number;
  readonly col: number;
  readonly severity: Severity;
  readonly rule: string;
  readonly message: string;
  /** JSON pointer in the joined/bundled document, when the problem is about one of its nodes. */
  readonly pointer?: string;
}

export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}:${problem.col} ${problem.severity} ${problem.rule} ${problem.message}`;
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((problem) => problem.severity === 'error');
}

/** Stable order: by file, then position, then rule, so output and tests do not depend on rule evaluation order. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.col - b.col ||
      a.rule.localeCompare(b.rule) ||
      a.message.localeCompare(b.message),
  );
}

/** Thrown by a pipeline step when the specs are at fault; carries every problem found by that step. */
export class SpecProblemsError extends Error {
  readonly problems: readonly Problem[];

  constructor(step: string, problems: readonly Problem[]) {
    const errors = problems.filter((problem) => problem.severity === 'error').length;
    super(`${step} failed with ${errors} error${errors === 1 ? '' : 's'}`);
    this.name = 'SpecProblemsError';
    this.problems = sortProblems(problems);
  }
}
