// The error of an unusable private key. Only confidential clients hold keys, so it lives in their entry.
import { hasErrorCode } from '@dtk/core';
import { AuthError } from '../errors.js';

/** The code of {@link PrivateKeyError}. */
export const ERR_DTK_AUTH_PRIVATE_KEY = 'ERR_DTK_AUTH_PRIVATE_KEY';

/** Why a private key for `private_key_jwt` cannot be used. */
export type PrivateKeyReason = 'empty' | 'encrypted' | 'public_key' | 'weak_key' | 'wrong_type' | 'unreadable';

/**
 * A private key given for `private_key_jwt` cannot sign client assertions: `details.reason` says why. Thrown when the
 * client is set up, before any request. The message never contains key material.
 * @see https://www.rfc-editor.org/rfc/rfc7523#section-2.2
 */
export class PrivateKeyError extends AuthError<{ reason: PrivateKeyReason; alg: string }> {
  static override readonly code: string = ERR_DTK_AUTH_PRIVATE_KEY;
  override readonly name: string = 'PrivateKeyError';

  constructor(reason: PrivateKeyReason, alg: string, message: string) {
    super(message, { reason, alg });
  }
}

/** True for a {@link PrivateKeyError} from any installed copy of this package. */
export function isPrivateKeyError(value: unknown): value is PrivateKeyError {
  return hasErrorCode(value, ERR_DTK_AUTH_PRIVATE_KEY);
}
