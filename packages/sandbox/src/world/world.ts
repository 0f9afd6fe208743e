// The seeded institution behind the mocks: users with sign-in credentials, their accounts and
// several hundred transactions each, and the history of what happened. The same seed always builds
// the same world; credentials are the one thing made fresh (unless given), since they are secrets.
import { randomBytes } from 'node:crypto';
import { integerOption } from '@dtk/core';
import { SeededRandom } from './random.js';

export interface Address {
  streetAddress: string;
  city: string;
  state: string;
  zip: string;
}

export interface WorldUser {
  /** Also the user's `sub` at the Consumer provider. */
  userId: string;
  username: string;
  password: string;
  userType: 'Individual' | 'Company';
  firstName: string;
  middleName: string;
  lastName: string;
  preferredName: string | undefined;
  businessName: string | undefined;
  email: string;
  phoneNumber: string;
  address: Address;
  userVerified: boolean;
  userAddedDateTime: string;
  /** Set by the Admin API's generic alerts, read by the Consumer API's inbox. */
  inbox: InboxEntry[];
}

export interface InboxEntry {
  id: string;
  title: string;
  message: string;
  createdAt: string;
}

export interface WorldTransaction {
  id: string;
  accountId: string;
  /** Signed amount in cents. */
  amountCents: number;
  memo: string;
  postedDate: string;
  status: 'Posted' | 'Pending';
  checkNumber: string | undefined;
  runningBalanceCents: number;
  /** When the transaction last changed (a pending one posting). */
  updatedDate: string;
  /** Order within the account, oldest first. */
  sequence: number;
}

export interface WorldAccount {
  id: string;
  ownerId: string;
  name: string;
  accountType: string;
  accountSubType: string;
  /** The unmasked account number. */
  number: string;
  routingNumber: string;
  balanceCents: number;
  availableBalanceCents: number;
  hidden: boolean;
  sortIndex: number;
  fetchedDate: string;
  /** Newest first. */
  transactions: WorldTransaction[];
}

export interface HistoryEvent {
  id: string;
  timestamp: string;
  application: string;
  change: string;
  /** For an event of a consumer (person-events). */
  personId?: string;
  /** For an event of an institution employee (user-events). */
  userId?: string;
}

export interface AdminUser {
  userId: string;
  username: string;
  password: string;
  name: string;
  email: string;
}

export interface World {
  institution: { id: string; name: string; routingNumber: string; universalId: string };
  users: WorldUser[];
  accounts: WorldAccount[];
  /** Back-office staff who sign in at the Admin provider. */
  admins: AdminUser[];
  personEvents: HistoryEvent[];
  userEvents: HistoryEvent[];
  /** The instant the seeded history runs up to. */
  dataDate: Date;
}

export interface WorldOptions {
  seed: number | string;
  /** How many consumer users. Default 3. */
  users?: number;
  /** Password of every seeded user; default a fresh random one per start. */
  password?: string;
  /** The instant the seeded history runs up to. */
  dataDate: Date;
}

const FIRST_NAMES = [
  'Jordan',
  'Avery',
  'Morgan',
  'Riley',
  'Casey',
  'Quinn',
  'Jamie',
  'Taylor',
  'Drew',
  'Parker',
  'Rowan',
  'Emery',
];
const MIDDLE_NAMES = ['Lee', 'Ann', 'James', 'Marie', 'Ray', 'Jo', 'Kai', 'Lynn'];
const LAST_NAMES = [
  'Rivera',
  'Gardner',
  'Okafor',
  'Lindqvist',
  'Nakamura',
  'Patel',
  'Moreau',
  'Castillo',
  'Novak',
  'Haddad',
  'Brennan',
  'Santos',
];
const STREETS = ['Orchard Lane', 'Maple Avenue', 'Greenhouse Road', 'Cedar Street', 'Willow Way', 'Harvest Drive'];
const CITIES: ReadonlyArray<[string, string, string]> = [
  ['Springfield', 'MO', '65801'],
  ['Joplin', 'MO', '64801'],
  ['Monett', 'MO', '65708'],
  ['Fayetteville', 'AR', '72701'],
];
const BUSINESSES = ['Garden Landscaping LLC', 'Sunrise Bakery Inc', 'Riverbend Outfitters LLC'];
const DEBITS: ReadonlyArray<[string, number, number]> = [
  ['GARDEN GROCERY #12', 1800, 16500],
  ['CITY POWER & LIGHT', 6500, 21000],
  ['COFFEE CORNER', 350, 1400],
  ['FUEL STOP 44', 2500, 7800],
  ['STREAMING SUBSCRIPTION', 1099, 1999],
  ['ATM WITHDRAWAL', 2000, 20000],
  ['PHARMACY PLUS', 800, 6400],
  ['HARDWARE DEPOT', 1200, 23000],
  ['RESTAURANT LA HUERTA', 1800, 9600],
  ['ONLINE TRANSFER TO SAVINGS', 5000, 50000],
];
const CREDITS: ReadonlyArray<[string, number, number]> = [
  ['PAYROLL DEPOSIT', 180000, 320000],
  ['MOBILE DEPOSIT', 2500, 60000],
  ['REFUND', 500, 9000],
];
const DAY_MS = 24 * 60 * 60 * 1000;

interface AccountPlan {
  name: string;
  accountType: string;
  accountSubType: string;
  transactions: number;
  balance: [number, number];
  /** Only money in (savings) or mostly money out. */
  kind: 'spending' | 'saving' | 'credit';
}

const INDIVIDUAL_ACCOUNTS: readonly AccountPlan[] = [
  {
    name: 'Everyday Checking',
    accountType: 'Deposit',
    accountSubType: 'Checking',
    transactions: 320,
    balance: [120000, 900000],
    kind: 'spending',
  },
  {
    name: 'High Yield Savings',
    accountType: 'Deposit',
    accountSubType: 'Savings',
    transactions: 48,
    balance: [500000, 3000000],
    kind: 'saving',
  },
  {
    name: 'Home Equity Line',
    accountType: 'Line of Credit',
    accountSubType: 'HELOC',
    transactions: 96,
    balance: [-2500000, -100000],
    kind: 'credit',
  },
];
const COMPANY_ACCOUNTS: readonly AccountPlan[] = [
  {
    name: 'Business Checking',
    accountType: 'Deposit',
    accountSubType: 'Checking',
    transactions: 260,
    balance: [800000, 4000000],
    kind: 'spending',
  },
  {
    name: 'Payroll Account',
    accountType: 'Deposit',
    accountSubType: 'Checking',
    transactions: 72,
    balance: [200000, 1500000],
    kind: 'spending',
  },
];

/** A fresh password for test users: readable, random, never stored in source. */
export function generatePassword(): string {
  return `sbx-${randomBytes(9).toString('base64url')}`;
}

function transactionsFor(
  random: SeededRandom,
  account: WorldAccount,
  plan: AccountPlan,
  dataDate: Date,
): WorldTransaction[] {
  const count = plan.transactions;
  const drafts: Array<{ amountCents: number; memo: string; at: number; checkNumber: string | undefined }> = [];
  for (let index = 0; index < count; index += 1) {
    // Spread over the year before the data date; later entries are more recent.
    const daysAgo = Math.floor(((count - index) / count) * 365) - random.int(0, 1);
    const at = dataDate.getTime() - Math.max(daysAgo, 0) * DAY_MS - random.int(1, 20 * 60) * 60 * 1000;
    let memo: string;
    let amountCents: number;
    let checkNumber: string | undefined;
    const credit =
      plan.kind === 'saving'
        ? random.next() < 0.85
        : plan.kind === 'credit'
          ? random.next() < 0.3
          : random.next() < 0.18;
    if (credit) {
      const [label, low, high] =
        plan.kind === 'saving'
          ? random.next() < 0.8
            ? (['INTEREST PAYMENT', 150, 2500] as const)
            : (['TRANSFER FROM CHECKING', 5000, 50000] as const)
          : random.pick(CREDITS);
      memo = plan.kind === 'credit' ? 'PAYMENT - THANK YOU' : label;
      amountCents = random.int(low, high);
    } else if (plan.kind === 'spending' && random.next() < 0.05) {
      checkNumber = String(1000 + index);
      memo = `CHECK ${checkNumber}`;
      amountCents = -random.int(2500, 60000);
    } else {
      const [label, low, high] =
        plan.kind === 'saving' ? (['TRANSFER TO CHECKING', 5000, 40000] as const) : random.pick(DEBITS);
      memo = label;
      amountCents = -random.int(low, high);
    }
    drafts.push({ amountCents, memo, at, checkNumber });
  }
  drafts.sort((a, b) => a.at - b.at);
  const total = drafts.reduce((sum, draft) => sum + draft.amountCents, 0);
  let running = account.balanceCents - total;
  const oldestFirst = drafts.map((draft, sequence) => {
    running += draft.amountCents;
    return {
      id: `${account.id.slice(0, 8)}-${String(sequence + 1).padStart(5, '0')}`,
      accountId: account.id,
      amountCents: draft.amountCents,
      memo: draft.memo,
      postedDate: new Date(draft.at).toISOString(),
      status: sequence >= drafts.length - 2 ? ('Pending' as const) : ('Posted' as const),
      checkNumber: draft.checkNumber,
      runningBalanceCents: running,
      updatedDate: new Date(draft.at).toISOString(),
      sequence,
    };
  });
  return oldestFirst.reverse();
}

function historyFor(
  random: SeededRandom,
  users: readonly WorldUser[],
  admins: readonly AdminUser[],
  dataDate: Date,
): Pick<World, 'personEvents' | 'userEvents'> {
  const personChanges: ReadonlyArray<[string, string]> = [
    ['Banno Online', 'Login'],
    ['Banno Mobile', 'Login'],
    ['Banno Online', 'Password changed'],
    ['Banno Mobile', 'Device registered'],
    ['Banno Online', 'Email changed'],
  ];
  const staffChanges: ReadonlyArray<[string, string]> = [
    ['Banno People', 'Password reset'],
    ['Banno People', 'User unlocked'],
    ['Banno People', 'Viewed user'],
  ];
  const events = (count: number, pick: () => Omit<HistoryEvent, 'id' | 'timestamp'>) =>
    Array.from({ length: count }, () => ({
      id: random.uuid(),
      timestamp: new Date(dataDate.getTime() - random.int(1, 90 * 24 * 60) * 60 * 1000).toISOString(),
      ...pick(),
    })).sort((a, b) => b.timestamp.localeCompare(a.timestamp));
  return {
    personEvents: events(users.length * 12, () => {
      const [application, change] = random.pick(personChanges);
      return { application, change, personId: random.pick(users).userId };
    }),
    userEvents: events(admins.length * 15, () => {
      const [application, change] = random.pick(staffChanges);
      return { application, change, userId: random.pick(admins).userId };
    }),
  };
}

/** Builds the world for a seed. */
export function buildWorld(options: WorldOptions): World {
  const root = new SeededRandom(options.seed);
  const people = root.fork('people');
  const password = options.password ?? generatePassword();
  const userCount = integerOption('users', options.users ?? 3, 1, 50);
  const routingNumber = `0${people.digits(8)}`;
  const institution = { id: people.uuid(), name: 'Sandbox Bank', routingNumber, universalId: people.uuid() };

  const usernames = new Set<string>();
  const users: WorldUser[] = [];
  const accounts: WorldAccount[] = [];
  for (let index = 0; index < userCount; index += 1) {
    // Every third user is a business, the rest individuals.
    const company = index % 3 === 1;
    const firstName = people.pick(FIRST_NAMES);
    const lastName = people.pick(LAST_NAMES);
    let username = `${firstName}.${lastName}`.toLowerCase();
    while (usernames.has(username)) username = `${username}${people.int(2, 9)}`;
    usernames.add(username);
    const [city, state, zip] = people.pick(CITIES);
    const user: WorldUser = {
      userId: people.uuid(),
      username,
      password,
      userType: company ? 'Company' : 'Individual',
      firstName,
      middleName: people.pick(MIDDLE_NAMES),
      lastName,
      preferredName: undefined,
      businessName: company ? people.pick(BUSINESSES) : undefined,
      email: `${username}@example.com`,
      phoneNumber: `+1417555${people.digits(4)}`,
      address: { streetAddress: `${people.int(100, 9899)} ${people.pick(STREETS)}`, city, state, zip },
      userVerified: true,
      userAddedDateTime: new Date(options.dataDate.getTime() - people.int(400, 3000) * DAY_MS).toISOString(),
      inbox: [],
    };
    users.push(user);
    const money = root.fork(`accounts:${index}`);
    (company ? COMPANY_ACCOUNTS : INDIVIDUAL_ACCOUNTS).forEach((plan, sortIndex) => {
      const balanceCents = money.int(plan.balance[0], plan.balance[1]);
      const account: WorldAccount = {
        id: money.uuid(),
        ownerId: user.userId,
        name: plan.name,
        accountType: plan.accountType,
        accountSubType: plan.accountSubType,
        number: money.digits(10),
        routingNumber,
        balanceCents,
        availableBalanceCents: plan.kind === 'credit' ? balanceCents : balanceCents - money.int(0, 5000),
        hidden: false,
        sortIndex,
        fetchedDate: new Date(options.dataDate.getTime() - money.int(1, 12) * 60 * 60 * 1000).toISOString(),
        transactions: [],
      };
      account.transactions = transactionsFor(root.fork(`transactions:${account.id}`), account, plan, options.dataDate);
      accounts.push(account);
    });
  }
  const admins: AdminUser[] = [
    {
      userId: people.uuid(),
      username: 'sandbox.admin',
      password,
      name: 'Sandbox Administrator',
      email: 'sandbox.admin@example.com',
    },
  ];
  return {
    institution,
    users,
    accounts,
    admins,
    dataDate: options.dataDate,
    ...historyFor(root.fork('history'), users, admins, options.dataDate),
  };
}

/** `-1543` cents → `"-15.43"`: Banno's money strings, exact. */
export function formatCents(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const absolute = Math.abs(cents);
  return `${sign}${Math.floor(absolute / 100)}.${String(absolute % 100).padStart(2, '0')}`;
}
