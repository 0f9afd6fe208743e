// One classified change of a description: its rating, the rule that rated it, and where it is.
import type { ApiBump, Bump } from './bump.js';
import type { Location } from './locate.js';
import { RULES, type RuleId } from './rules.js';

export interface SpecChange {
  readonly bump: Bump;
  /** A rule of rules.ts, or a redocly rule this version does not know yet (rated as redocly rates it). */
  readonly rule: RuleId | string;
  readonly operationId: string | null;
  readonly pointer: string;
  readonly message: string;
}

export interface Classification {
  readonly bump: ApiBump;
  readonly changes: readonly SpecChange[];
}

export function specChange(
  rule: RuleId,
  location: Location,
  pointer: string,
  message: string,
  bump: Bump = RULES[rule].bump,
): SpecChange {
  return { bump, rule, operationId: location.operationId, pointer, message };
}

/** `Response 200 application/json \`items[].amount\`: ` before a message about a part of an operation. */
export function locationPrefix(location: Location): string {
  if (location.side === undefined && location.where !== 'Security') return '';
  return `${location.where}${location.field ? ` \`${location.field}\`` : ''}: `;
}
