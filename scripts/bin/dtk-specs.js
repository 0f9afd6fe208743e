#!/usr/bin/env node
// `dtk-specs lint|generate|new-api ...`: the scripts package's CLI, for package scripts of the *-types packages.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli.ts');
