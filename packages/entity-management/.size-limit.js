// Node-only package (its client credentials sign with node:crypto), so it is measured as a Node bundle.
const forNode = (config) => ({ ...config, platform: 'node' });

export default [
  {
    name: '@dtk/entity-management (everything it exports, dependencies included)',
    path: 'dist/index.js',
    import: '*',
    gzip: true,
    limit: '29.5 kB',
    modifyEsbuildConfig: forNode,
  },
  {
    name: '@dtk/entity-management (everything it exports, dependencies excluded)',
    path: 'dist/index.js',
    import: '*',
    gzip: true,
    ignore: ['@dtk/auth', '@dtk/runtime', '@dtk/entity-management-types', 'openapi-fetch'],
    limit: '1.5 kB',
    modifyEsbuildConfig: forNode,
  },
];
