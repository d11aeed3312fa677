// Resolves the @ledger/* path aliases against dist/ in a process or worker thread that did not start
// through scripts/run.js (the projection runtime's fold workers preload it).
const path = require('node:path');
const tsConfigPaths = require('tsconfig-paths');
const { compilerOptions } = require('../tsconfig.json');

tsConfigPaths.register({ baseUrl: path.join(__dirname, '..', 'dist'), paths: compilerOptions.paths });
