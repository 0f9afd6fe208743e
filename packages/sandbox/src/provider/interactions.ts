// The provider's sign-in and consent steps, in place of oidc-provider's development-only pages: a
// username and password checked against the account directory, then a consent page for what the
// client asks for. The interaction is bound to the browser by oidc-provider's interaction cookie.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type Provider from 'oidc-provider';
import { readForm, sendHtml } from '../http/request-body.js';
import type { AccountDirectory } from './banno.js';
import { renderConsentPage, renderErrorPage, renderLoginPage } from './interaction-pages.js';

export interface InteractionSettings {
  provider: Provider;
  accounts: AccountDirectory;
  /** Shown on the pages, e.g. "Sandbox Bank". */
  providerName: string;
  /** Absolute path the interaction pages live under (`{issuer path}/interaction`). */
  interactionPath: string;
  /** What each scope allows, shown on the consent page. */
  scopeDescriptions: ReadonlyMap<string, string>;
  /** A line under the sign-in form. */
  loginHint?: string | undefined;
}

type InteractionDetails = Awaited<ReturnType<Provider['interactionDetails']>>;

const ROUTE = /^\/([A-Za-z0-9_-]+)(?:\/(login|consent|abort))?$/;

function accountName(accounts: AccountDirectory, sub: string | undefined): string {
  const claims = sub ? accounts.claims(sub) : undefined;
  const name = claims?.name ?? claims?.preferred_username;
  return typeof name === 'string' ? name : (sub ?? 'unknown');
}

/** Handles `GET {interactionPath}/{uid}` and the posts of its forms; `subpath` is what follows `interactionPath`. */
export function createInteractionHandler(settings: InteractionSettings) {
  const { provider, accounts, interactionPath } = settings;

  async function clientName(clientId: unknown): Promise<string> {
    const client = typeof clientId === 'string' ? await provider.Client.find(clientId) : undefined;
    return client?.clientName ?? String(clientId);
  }

  async function renderPrompt(
    res: ServerResponse,
    details: InteractionDetails,
    status = 200,
    login: { username?: string; error?: string } = {},
  ) {
    const base = `${interactionPath}/${details.uid}`;
    const common = {
      providerName: settings.providerName,
      clientName: await clientName(details.params.client_id),
      abortUrl: `${base}/abort`,
    };
    if (details.prompt.name === 'login') {
      sendHtml(
        res,
        status,
        renderLoginPage({ ...common, ...login, action: `${base}/login`, hint: settings.loginHint }),
      );
      return;
    }
    if (details.prompt.name === 'consent') {
      const missing = details.prompt.details as { missingOIDCScope?: string[]; missingOIDCClaims?: string[] };
      const requested =
        missing.missingOIDCScope ??
        String(details.params.scope ?? '')
          .split(' ')
          .filter(Boolean);
      sendHtml(
        res,
        status,
        renderConsentPage({
          ...common,
          action: `${base}/consent`,
          accountName: accountName(accounts, details.session?.accountId),
          scopes: requested.map((name) => ({ name, description: settings.scopeDescriptions.get(name) })),
          claims: missing.missingOIDCClaims ?? [],
        }),
      );
      return;
    }
    sendHtml(
      res,
      501,
      renderErrorPage({ error: 'server_error', error_description: `unsupported prompt "${details.prompt.name}"` }),
    );
  }

  async function consent(req: IncomingMessage, res: ServerResponse, details: InteractionDetails) {
    const { grantId, session, params } = details;
    const grant = grantId
      ? await provider.Grant.find(grantId)
      : new provider.Grant({ accountId: String(session?.accountId), clientId: String(params.client_id) });
    if (!grant) throw new Error('the grant of this interaction is gone');
    const missing = details.prompt.details as {
      missingOIDCScope?: string[];
      missingOIDCClaims?: string[];
      missingResourceScopes?: Record<string, string[]>;
    };
    if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
    if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
    for (const [indicator, scopes] of Object.entries(missing.missingResourceScopes ?? {})) {
      grant.addResourceScope(indicator, scopes.join(' '));
    }
    await provider.interactionFinished(
      req,
      res,
      { consent: { grantId: await grant.save() } },
      { mergeWithLastSubmission: true },
    );
  }

  return async function handleInteraction(req: IncomingMessage, res: ServerResponse, subpath: string): Promise<void> {
    const route = ROUTE.exec(subpath);
    if (!route) {
      sendHtml(res, 404, renderErrorPage({ error: 'not_found', error_description: 'no such sign-in page' }));
      return;
    }
    const [, uid, action] = route;
    let details: InteractionDetails;
    try {
      details = await provider.interactionDetails(req, res);
    } catch {
      // No interaction cookie, or an expired interaction: the person has to start again from the application.
      sendHtml(
        res,
        400,
        renderErrorPage({
          error: 'invalid_request',
          error_description: 'this sign-in has expired or cookies are blocked; start again from the application',
        }),
      );
      return;
    }
    if (details.uid !== uid) {
      sendHtml(
        res,
        400,
        renderErrorPage({
          error: 'invalid_request',
          error_description: 'this sign-in page belongs to another sign-in',
        }),
      );
      return;
    }
    if (action === undefined) {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { allow: 'GET' }).end();
        return;
      }
      await renderPrompt(res, details);
      return;
    }
    if (req.method !== 'POST') {
      res.writeHead(405, { allow: 'POST' }).end();
      return;
    }
    if (action === 'abort') {
      const result = { error: 'access_denied', error_description: 'End-User aborted interaction' };
      await provider.interactionFinished(req, res, result, { mergeWithLastSubmission: false });
      return;
    }
    if (action !== details.prompt.name) {
      // A form of an earlier step posted again (back button): show the current step.
      await renderPrompt(res, details, 409);
      return;
    }
    if (action === 'login') {
      const form = await readForm(req);
      const username = form.get('username')?.trim() ?? '';
      const sub = accounts.authenticate(username, form.get('password') ?? '');
      if (!sub) {
        await renderPrompt(res, details, 401, { username, error: 'Wrong username or password.' });
        return;
      }
      await provider.interactionFinished(req, res, { login: { accountId: sub } }, { mergeWithLastSubmission: false });
      return;
    }
    await consent(req, res, details);
  };
}
