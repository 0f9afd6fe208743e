// Published manifests carry what an installer needs and nothing of this workspace: pnpm pack/publish (and so
// `changeset publish`) drop devDependencies (they name private workspace packages such as @dtk/testkit) and
// scripts (they run workspace tools).
module.exports = {
  hooks: {
    beforePacking(manifest) {
      delete manifest.devDependencies;
      delete manifest.scripts;
      return manifest;
    },
  },
};
