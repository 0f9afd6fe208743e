// The dtk program bundled with everything it imports (@dtk/auth, @dtk/core, oauth4webapi, jose, open), for Node:
// what a user's `npx @dtk/cli` loads before it runs. Node's own modules are not counted.
module.exports = [
  {
    name: 'dtk (dist/bin.js with every dependency, bundled for Node, minified)',
    path: 'dist/bin.js',
    gzip: false,
    brotli: false,
    modifyEsbuildConfig: (config) => ({ ...config, platform: 'node', format: 'esm' }),
    limit: '140 kB',
  },
];
