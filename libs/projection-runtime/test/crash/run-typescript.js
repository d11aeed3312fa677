// Runs a TypeScript file in a plain `node` child: transpile only (typescript is a devDependency) and
// the @ledger/* aliases resolved by tsconfig-paths (a dependency), so a fresh clone needs nothing more.
// Usage: node run-typescript.js <file.ts> [args…]
const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');
const tsConfigPaths = require('tsconfig-paths');

const root = path.resolve(__dirname, '../../../..');
const { compilerOptions } = require(path.join(root, 'tsconfig.json'));
const transpileOptions = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2022,
  esModuleInterop: true,
  experimentalDecorators: true,
};

// Registered before the aliases, so alias resolution also finds .ts files.
require.extensions['.ts'] = (module, filename) => {
  const source = fs.readFileSync(filename, 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: transpileOptions,
    fileName: filename,
  });
  module._compile(outputText, filename);
};
tsConfigPaths.register({ baseUrl: root, paths: compilerOptions.paths });

const entry = process.argv[2];
if (!entry) throw new Error('usage: node run-typescript.js <file.ts> [args…]');
process.argv.splice(2, 1);
require(path.resolve(entry));
