import type { OperationScopes } from './operations.js';

/**
 * The scopes to request so a token can call every one of `operationIds`, de-duplicated, for an
 * authorization or client-credentials request. Operations with a single accepted scope are taken
 * first; then, for an operation with alternatives, nothing is added when one of them is already
 * in the list, otherwise its first alternative is. Operations needing no scope add nothing.
 * An operationId missing from the map is a typo: it throws a `TypeError` naming it.
 */
export function scopesFor<Operation extends string>(
  operationIds: Iterable<Operation>,
  scopes: Readonly<Record<Operation, readonly string[]>>,
): string[] {
  const accepted = [...operationIds].map((operationId) => {
    const alternatives = (scopes as OperationScopes)[operationId];
    if (!alternatives) throw new TypeError(`scopesFor: unknown operationId "${operationId}"`);
    return alternatives;
  });
  const chosen = new Set<string>();
  for (const alternatives of accepted) {
    if (alternatives.length === 1) chosen.add(alternatives[0]!);
  }
  for (const alternatives of accepted) {
    if (alternatives.length > 1 && !alternatives.some((scope) => chosen.has(scope))) chosen.add(alternatives[0]!);
  }
  return [...chosen];
}
