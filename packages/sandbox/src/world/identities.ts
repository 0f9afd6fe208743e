// Who signs in at which provider: the institution's users at the Consumer provider (claims as Banno
// issues them, read live so profile changes show in new ID tokens and userinfo), staff at the Admin one.
import { timingSafeEqual } from 'node:crypto';
import type { AccountClaims, AccountDirectory } from '../provider/banno.js';
import type { World, WorldUser } from './world.js';

const CLAIM = 'https://api.banno.com/consumer/claim/';

function samePassword(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function consumerClaims(world: World, user: WorldUser): AccountClaims {
  return {
    name: `${user.preferredName ?? user.firstName} ${user.lastName}`,
    given_name: user.firstName,
    middle_name: user.middleName,
    family_name: user.lastName,
    preferred_username: user.username,
    email: user.email,
    email_verified: true,
    phone_number: user.phoneNumber,
    address: {
      street_address: user.address.streetAddress,
      locality: user.address.city,
      region: user.address.state,
      postal_code: user.address.zip,
      country: 'US',
    },
    [`${CLAIM}institution_id`]: world.institution.id,
    [`${CLAIM}user_type`]: user.userType,
    [`${CLAIM}fi_routing_number`]: world.institution.routingNumber,
  };
}

export function consumerAccounts(world: World): AccountDirectory {
  const byUsername = (username: string) => world.users.find((user) => user.username === username.toLowerCase());
  return {
    claims: (sub) => {
      const user = world.users.find((candidate) => candidate.userId === sub);
      return user ? consumerClaims(world, user) : undefined;
    },
    authenticate: (username, password) => {
      const user = byUsername(username);
      return user && samePassword(password, user.password) ? user.userId : undefined;
    },
    claimNames: world.users[0] ? Object.keys(consumerClaims(world, world.users[0])) : [],
  };
}

export function adminAccounts(world: World): AccountDirectory {
  return {
    claims: (sub) => {
      const admin = world.admins.find((candidate) => candidate.userId === sub);
      return (
        admin && { name: admin.name, preferred_username: admin.username, email: admin.email, email_verified: true }
      );
    },
    authenticate: (username, password) => {
      const admin = world.admins.find((candidate) => candidate.username === username.toLowerCase());
      return admin && samePassword(password, admin.password) ? admin.userId : undefined;
    },
    claimNames: ['name', 'preferred_username', 'email', 'email_verified'],
  };
}
