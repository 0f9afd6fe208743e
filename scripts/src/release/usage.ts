// The release commands' usage text, apart from their code: `dtk-specs --help` prints it without loading the
// classifier.
export const RELEASE_USAGE = `Release commands:
  spec:diff [--base <git ref>] [--json] [--write]
      classify what changed in each API description since the base (default: the merge-base with main)
      --json   print [{ api, bump, changes: [{ bump, operationId, pointer, message }] }] on stdout
      --write  write .changeset/spec-<api>.md for each changed API (its types and client packages)
  spec:check [--base <git ref>]
      fail when a spec change has no changeset, or one that bumps less than the change requires
  packages
      check every published package in packages/* (manifest, packed tarball, source maps); needs a build
  readme
      rewrite the generated README sections (operations tables, description revisions)
  lowest
      run the packages' tests with every third-party dependency and peer at the lowest version its range allows`;
