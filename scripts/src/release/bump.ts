// Semantic rating of a change (major/minor/patch) and the version bump it means for a package.
//
// Our packages are 0.x, where a caret range (^0.3.1) accepts 0.3.x only: a 0.x minor is what a major is after 1.0.
// So for a package below 1.0 a breaking (major) change bumps the minor and its changelog text starts with
// "Breaking:"; a new feature (minor) and a fix or documentation change (patch) bump the patch. From 1.0 on the
// rating is the bump.

export type Bump = 'major' | 'minor' | 'patch';
export type ApiBump = Bump | 'none';

const ORDER: readonly ApiBump[] = ['none', 'patch', 'minor', 'major'];

export function bumpRank(bump: ApiBump): number {
  return ORDER.indexOf(bump);
}

export function maxBump(bumps: Iterable<ApiBump>): ApiBump {
  let highest: ApiBump = 'none';
  for (const bump of bumps) if (bumpRank(bump) > bumpRank(highest)) highest = bump;
  return highest;
}

/** The semver bump a package at `version` gets for a change rated `rating`. */
export function releaseBump(rating: Bump, version: string | undefined): Bump {
  // A package that has never been versioned (no `version` yet) is a 0.x package.
  const major = Number((version ?? '0.0.0').split('.')[0]);
  if (!Number.isInteger(major)) throw new Error(`Not a semver version: ${version}`);
  if (major > 0) return rating;
  return rating === 'major' ? 'minor' : 'patch';
}

/** The changelog prefix the 0.x policy asks for. */
export function isBreaking(rating: ApiBump): boolean {
  return rating === 'major';
}
