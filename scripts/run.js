// Runs a compiled entry point with the @ledger/* path aliases resolved against dist/.
const path = require('node:path');
const tsConfigPaths = require('tsconfig-paths');
const { compilerOptions } = require('../tsconfig.json');

tsConfigPaths.register({ baseUrl: path.join(__dirname, '..', 'dist'), paths: compilerOptions.paths });
const entry = process.argv[2];
if (!entry) throw new Error('usage: node scripts/run.js <compiled entry file> [args…]');
process.argv.splice(2, 1);
require(path.resolve(entry));
