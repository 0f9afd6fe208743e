// What the single-page app shows, built with DOM calls: data from the API only ever becomes text (`textContent`),
// never markup, so a hostile account name cannot run script on the page that holds the tokens.
import { type components, formatMoney, parseMoney, type Transaction } from '@dtk/consumer-api';

type Child = Node | string | undefined;

/** An element with attributes (data-*, class, type...) and children; strings become text nodes. */
export function h(tag: string, attributes: Record<string, string | undefined> = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) element.setAttribute(name, value);
  element.append(...children.filter((child) => child !== undefined));
  return element;
}

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

/**
 * Money as the API gives it (a decimal string), checked (`parseMoney` refuses anything else) and formatted exactly:
 * Intl.NumberFormat formats a decimal string as written, with no floating point on the way.
 */
export function money(amount: string | undefined): string {
  return amount === undefined ? '—' : usd.format(formatMoney(parseMoney(amount)) as unknown as number);
}

/** An account as the API gives it, with its latest transactions. */
export type AccountView = components['schemas']['Account'] & { transactions: readonly Transaction[] };

export function button(action: string, label: string, onClick: () => void): HTMLElement {
  const element = h('button', { type: 'button', 'data-action': action }, label);
  element.addEventListener('click', onClick);
  return element;
}

/** Replaces what the page shows. */
export function show(header: Child[], ...content: Child[]): void {
  document.body.replaceChildren(
    h('header', {}, h('strong', {}, 'Sandbox Bank accounts'), ...header),
    h('main', {}, ...content),
  );
}

export function signedOutView(signIn: () => void, notice?: string): void {
  show(
    [],
    h(
      'section',
      { 'data-page': 'signed-out' },
      h('h1', {}, 'Your accounts, with Banno Online'),
      notice ? h('p', { class: 'error', role: 'alert' }, notice) : undefined,
      h(
        'p',
        {},
        'Sign in with your online banking username and password to see your balances and recent transactions.',
      ),
      button('sign-in', 'Sign in', signIn),
    ),
  );
}

function accountSection(account: AccountView): HTMLElement {
  const rows = account.transactions.map((transaction) =>
    h(
      'tr',
      { 'data-transaction': transaction.id },
      h('td', { class: 'muted' }, transaction.postedDate?.slice(0, 10)),
      h('td', {}, transaction.memo),
      h('td', { class: 'amount', 'data-amount': transaction.amount }, money(transaction.amount)),
    ),
  );
  return h(
    'section',
    { 'data-account': account.id },
    h(
      'h2',
      {},
      h('span', { 'data-field': 'name' }, account.name),
      h('span', { class: 'balance', 'data-field': 'balance', 'data-amount': account.balance }, money(account.balance)),
    ),
    h('p', { class: 'muted' }, account.accountType),
    rows.length > 0 ? h('table', {}, h('tbody', {}, ...rows)) : h('p', { class: 'muted' }, 'No recent transactions.'),
  );
}

export function accountsView(
  displayName: string,
  accounts: readonly AccountView[],
  actions: { reload: () => void; signOut: () => void },
): void {
  show(
    [
      h('span', {}, displayName),
      button('reload', 'Reload', actions.reload),
      button('sign-out', 'Sign out', actions.signOut),
    ],
    h('div', { 'data-page': 'accounts' }, ...accounts.map(accountSection)),
  );
}

export function errorView(message: string, back: () => void): void {
  show(
    [],
    h(
      'section',
      { 'data-page': 'error' },
      h('p', { class: 'error', role: 'alert' }, message),
      button('back', 'Back', back),
    ),
  );
}
