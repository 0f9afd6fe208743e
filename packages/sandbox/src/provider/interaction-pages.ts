// The pages a person sees at a sandbox provider: sign-in, consent and errors. Plain HTML with inline
// styles (nothing is loaded from elsewhere); the `data-sandbox-*` attributes are the stable hooks the
// headless login driver and browser tests use.

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and double-quoted attributes. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

const STYLE = `
  body { font: 16px/1.5 system-ui, sans-serif; background: #f3f5f7; color: #1d2733; margin: 0; }
  main { max-width: 26rem; margin: 4rem auto; background: #fff; padding: 2rem; border-radius: 8px;
         box-shadow: 0 1px 4px rgba(0, 0, 0, .12); }
  h1 { font-size: 1.35rem; margin: 0 0 .25rem; }
  p.lead { color: #4a5663; margin: 0 0 1.5rem; }
  label { display: block; font-weight: 600; margin: 1rem 0 .25rem; }
  input[type=text], input[type=password] { width: 100%; box-sizing: border-box; padding: .6rem; font: inherit;
         border: 1px solid #9aa5b1; border-radius: 4px; }
  button { margin-top: 1.5rem; width: 100%; padding: .7rem; font: inherit; font-weight: 600; color: #fff;
         background: #0b5cad; border: 0; border-radius: 4px; cursor: pointer; }
  button.secondary { background: #fff; color: #0b5cad; border: 1px solid #0b5cad; margin-top: .75rem; }
  .error { color: #a11a1a; background: #fdecec; padding: .6rem; border-radius: 4px; }
  .hint { color: #4a5663; font-size: .875rem; margin-top: 1.5rem; }
  ul { padding-left: 1.25rem; } code { font-size: .85em; word-break: break-all; }
  a { color: #0b5cad; }
`;

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body><main>${body}</main></body>
</html>`;
}

export interface LoginPage {
  /** The provider's name, e.g. "Sandbox Bank". */
  providerName: string;
  clientName: string;
  /** Where the form posts. */
  action: string;
  abortUrl: string;
  /** Keeps what was typed after a failed attempt. */
  username?: string;
  error?: string;
  /** A line under the form, e.g. which test users exist. */
  hint?: string;
}

export function renderLoginPage(model: LoginPage): string {
  const error = model.error ? `<p class="error" role="alert" data-sandbox-error>${escapeHtml(model.error)}</p>` : '';
  const hint = model.hint ? `<p class="hint">${escapeHtml(model.hint)}</p>` : '';
  return page(
    `Sign in — ${model.providerName}`,
    `<h1>Sign in to ${escapeHtml(model.providerName)}</h1>
<p class="lead">to continue to <strong>${escapeHtml(model.clientName)}</strong></p>
${error}
<form method="post" action="${escapeHtml(model.action)}" data-sandbox-form="login">
<label for="username">Username</label>
<input id="username" name="username" type="text" autocomplete="username" required autofocus value="${escapeHtml(model.username ?? '')}">
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">Sign in</button>
</form>
<form method="post" action="${escapeHtml(model.abortUrl)}" data-sandbox-form="abort">
<button type="submit" class="secondary">Cancel</button>
</form>
${hint}`,
  );
}

export interface ConsentPage {
  providerName: string;
  clientName: string;
  action: string;
  abortUrl: string;
  /** Who is signed in. */
  accountName: string;
  /** Scopes asked for, each with what it allows when the API says so. */
  scopes: ReadonlyArray<{ name: string; description?: string | undefined }>;
  /** Claims asked for with the `claims` parameter. */
  claims: readonly string[];
}

export function renderConsentPage(model: ConsentPage): string {
  const scopes = model.scopes
    .map(
      ({ name, description }) =>
        `<li><code>${escapeHtml(name)}</code>${description ? ` — ${escapeHtml(description)}` : ''}</li>`,
    )
    .join('\n');
  const claims = model.claims.length
    ? `<p>and these details about you:</p><ul>${model.claims.map((claim) => `<li><code>${escapeHtml(claim)}</code></li>`).join('')}</ul>`
    : '';
  return page(
    `Allow access — ${model.providerName}`,
    `<h1>Allow ${escapeHtml(model.clientName)}?</h1>
<p class="lead">Signed in as <strong>${escapeHtml(model.accountName)}</strong>. The application asks for:</p>
<ul data-sandbox-scopes>${scopes}</ul>
${claims}
<form method="post" action="${escapeHtml(model.action)}" data-sandbox-form="consent">
<button type="submit">Allow</button>
</form>
<form method="post" action="${escapeHtml(model.abortUrl)}" data-sandbox-form="abort">
<button type="submit" class="secondary">Deny</button>
</form>`,
  );
}

/** The page for an authorization request the provider refuses (e.g. an unregistered `redirect_uri`). */
export function renderErrorPage(out: Record<string, unknown>): string {
  const error = String(out.error ?? 'server_error');
  const description = typeof out.error_description === 'string' ? out.error_description : '';
  return page(
    'Sign-in error',
    `<h1>This sign-in request cannot continue</h1>
<p class="error" data-sandbox-error="${escapeHtml(error)}">${escapeHtml(error)}${description ? `: ${escapeHtml(description)}` : ''}</p>
<p class="hint">The application that sent you here made a request the provider does not accept.</p>`,
  );
}
