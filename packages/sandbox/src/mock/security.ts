// Authorization as OpenAPI means it: an operation's security requirements are alternatives; one is
// met when every scheme it names accepts the token and the token holds every scope listed for it.
// `[]` is a public operation, a `{}` requirement makes authentication optional.
import { type BearerRejection, bearerRejection } from '../provider/access-tokens.js';
import type { SecurityRequirement } from './description.js';

/** An access token a sandbox provider vouched for. */
export interface VerifiedToken {
  /** The provider that issued it (`consumer`, `admin`, `entityManagement`). */
  issuer: string;
  /** The user's `sub`, or the client id for a client-credentials token. */
  sub: string;
  clientId: string;
  scopes: ReadonlySet<string>;
  /** True for a token issued to a signed-in user (authorization code), false for client credentials. */
  user: boolean;
}

/** What the request presented: no token, a token no provider holds, or a verified one. */
export type PresentedToken =
  | { kind: 'none' }
  | { kind: 'invalid'; reason: string }
  | { kind: 'valid'; token: VerifiedToken };

/** The providers whose tokens a security scheme accepts; undefined when the scheme takes no bearer token. */
export type SchemeIssuers = (schemeName: string) => readonly string[] | undefined;

/** Whether a security scheme takes only tokens issued to a signed-in user (not client credentials). */
export type UserTokenSchemes = (schemeName: string) => boolean;

export type AccessDecision =
  | { allowed: true; token: VerifiedToken | undefined }
  | { allowed: false; rejection: BearerRejection };

function requirementMet(
  requirement: SecurityRequirement,
  token: VerifiedToken,
  schemeIssuers: SchemeIssuers,
  userOnly: UserTokenSchemes,
): { issuerAccepted: boolean; userRequired: boolean; met: boolean } {
  let issuerAccepted = true;
  let userRequired = false;
  let met = true;
  for (const [scheme, scopes] of Object.entries(requirement)) {
    if (!schemeIssuers(scheme)?.includes(token.issuer)) {
      issuerAccepted = false;
      met = false;
    } else if (userOnly(scheme) && !token.user) {
      // The right provider, but a client-credentials token: it stands for no user, so it may reach no user's data.
      userRequired = true;
      met = false;
    } else if (!scopes.every((scope) => token.scopes.has(scope))) {
      met = false;
    }
  }
  return { issuerAccepted, userRequired, met };
}

/** Decides whether a request may call an operation with these requirements. */
export function decideAccess(
  requirements: readonly SecurityRequirement[],
  presented: PresentedToken,
  schemeIssuers: SchemeIssuers,
  userOnly: UserTokenSchemes = () => false,
): AccessDecision {
  if (requirements.length === 0)
    return { allowed: true, token: presented.kind === 'valid' ? presented.token : undefined };
  const optional = requirements.some((requirement) => Object.keys(requirement).length === 0);
  if (presented.kind === 'none') {
    return optional
      ? { allowed: true, token: undefined }
      : { allowed: false, rejection: bearerRejection('unauthorized') };
  }
  if (presented.kind === 'invalid')
    return { allowed: false, rejection: bearerRejection('invalid_token', presented.reason) };

  const { token } = presented;
  let scopesShort: SecurityRequirement | undefined;
  let userRequired = false;
  for (const requirement of requirements) {
    const outcome = requirementMet(requirement, token, schemeIssuers, userOnly);
    if (outcome.met) return { allowed: true, token };
    if (outcome.userRequired) userRequired = true;
    else if (outcome.issuerAccepted && !scopesShort) scopesShort = requirement;
  }
  if (scopesShort) {
    const needed = [...new Set(Object.values(scopesShort).flat())];
    return {
      allowed: false,
      rejection: bearerRejection(
        'insufficient_scope',
        `the token lacks a scope this operation needs: ${needed.join(' ')}`,
        needed.join(' '),
      ),
    };
  }
  return {
    allowed: false,
    rejection: bearerRejection(
      'invalid_token',
      userRequired
        ? 'this operation takes the token of a signed-in user, not a client-credentials token'
        : 'this API does not accept tokens of this issuer',
    ),
  };
}
