import * as oauth from 'oauth4webapi';
import { createGrantContext, type ClientOptions } from '../client-options.js';
import { toAuthError } from '../provider-errors.js';

export interface UserInfoOptions extends ClientOptions {
  accessToken: string;
  /** The ID token's `sub`; the response must be about the same user (OIDC Core §5.3.2). */
  expectedSubject: string;
}

/** Claims returned by the userinfo endpoint (Banno: `{issuer}/me`). */
export type UserInfo = oauth.UserInfoResponse;

/** Calls the userinfo endpoint with the access token and checks the answer is about `expectedSubject`. */
export async function fetchUserInfo(options: UserInfoOptions): Promise<UserInfo> {
  const { metadata, client, request } = await createGrantContext(options);
  try {
    const response = await oauth.userInfoRequest(metadata, client, options.accessToken, request);
    return await oauth.processUserInfoResponse(metadata, client, options.expectedSubject, response);
  } catch (error) {
    throw await toAuthError(error, 'userinfo');
  }
}
