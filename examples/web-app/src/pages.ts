// The app's pages, rendered on the server. Everything that comes from the API or the provider (names, memos, error
// messages) goes through `html`'s escaping: only the template's own markup is markup.
import { type components, formatMoney, parseMoney, type Transaction } from '@dtk/consumer-api';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Markup that has been escaped already (or is the template's own). */
export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

type Interpolated = Html | string | number | undefined | null | readonly Html[];

/** A template tag that escapes every interpolated value except `Html` (and arrays of it). */
export function html(strings: TemplateStringsArray, ...values: Interpolated[]): Html {
  let out = strings[0] ?? '';
  values.forEach((value, index) => {
    if (value instanceof Html) out += value.text;
    else if (Array.isArray(value)) out += value.map((item: Html) => item.text).join('');
    else if (value !== undefined && value !== null) out += escapeHtml(String(value));
    out += strings[index + 1] ?? '';
  });
  return new Html(out);
}

const STYLE = `
  body { font: 16px/1.5 system-ui, sans-serif; margin: 0; background: #f4f6f8; color: #1b2631; }
  header { display: flex; justify-content: space-between; align-items: center; padding: .75rem 2rem;
           background: #123c69; color: #fff; }
  header form { margin: 0; }
  main { max-width: 56rem; margin: 2rem auto; padding: 0 1rem; }
  section { background: #fff; border-radius: 8px; padding: 1rem 1.5rem; margin-bottom: 1rem;
            box-shadow: 0 1px 3px rgba(0, 0, 0, .1); }
  h2 { display: flex; justify-content: space-between; font-size: 1.1rem; margin: .25rem 0 .75rem; }
  table { width: 100%; border-collapse: collapse; font-size: .95rem; }
  td { padding: .3rem .25rem; border-top: 1px solid #e3e7eb; }
  td.amount, .balance { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
  .muted { color: #56636f; font-size: .9rem; }
  a.button, button { display: inline-block; padding: .55rem 1.2rem; font: inherit; font-weight: 600; color: #fff;
           background: #0b5cad; border: 0; border-radius: 4px; cursor: pointer; text-decoration: none; }
  header button { background: #fff; color: #123c69; }
  .error { color: #8a1515; background: #fdecec; padding: .75rem 1rem; border-radius: 4px; }
`;

function layout(title: string, header: Html, body: Html): string {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${new Html(STYLE)}</style>
</head>
<body>
<header><strong>Sandbox Bank accounts</strong>${header}</header>
<main>${body}</main>
</body>
</html>`.text;
}

/** Signed out: one button. `notice` explains why, e.g. after a session ended. */
export function signedOutPage(notice?: string): string {
  return layout(
    'Sign in',
    html``,
    html`<section data-page="signed-out">
<h1>Your accounts, with Banno Online</h1>
${notice ? html`<p class="error" role="alert">${notice}</p>` : html``}
<p>Sign in with your online banking username and password to see your balances and recent transactions.</p>
<p><a class="button" href="/login" data-action="sign-in">Sign in</a></p>
</section>`,
  );
}

/** An account as the API gives it, with its latest transactions. */
export type AccountView = components['schemas']['Account'] & { transactions: readonly Transaction[] };

export interface AccountsPageModel {
  displayName: string;
  accounts: readonly AccountView[];
  csrfToken: string;
}

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

/**
 * Money as the API gives it (a decimal string), checked (`parseMoney` refuses anything else) and formatted exactly:
 * Intl.NumberFormat formats a decimal string as written, with no floating point on the way.
 */
export function money(amount: string | undefined): string {
  return amount === undefined ? '—' : usd.format(formatMoney(parseMoney(amount)) as unknown as number);
}

function accountSection(account: AccountView): Html {
  const rows = account.transactions.map(
    (transaction) =>
      html`<tr data-transaction="${transaction.id}"><td class="muted">${transaction.postedDate?.slice(0, 10)}</td><td>${transaction.memo}</td><td class="amount" data-amount="${transaction.amount}">${money(transaction.amount)}</td></tr>`,
  );
  return html`<section data-account="${account.id}">
<h2><span data-field="name">${account.name}</span><span class="balance" data-field="balance" data-amount="${account.balance}">${money(account.balance)}</span></h2>
<p class="muted">${account.accountType}${account.availableBalance === undefined ? '' : ` · available ${money(account.availableBalance)}`}</p>
${rows.length > 0 ? html`<table><tbody>${rows}</tbody></table>` : html`<p class="muted">No recent transactions.</p>`}
</section>`;
}

export function accountsPage(model: AccountsPageModel): string {
  return layout(
    'Accounts',
    html`<form method="post" action="/logout"><input type="hidden" name="csrf" value="${model.csrfToken}"><span>${model.displayName}</span> <button type="submit" data-action="sign-out">Sign out</button></form>`,
    html`<div data-page="accounts">${model.accounts.map(accountSection)}</div>`,
  );
}

export function errorPage(message: string): string {
  return layout(
    'Something went wrong',
    html``,
    html`<section data-page="error"><p class="error" role="alert">${message}</p><p><a href="/">Back</a></p></section>`,
  );
}
