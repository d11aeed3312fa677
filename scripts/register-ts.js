// Lets a plain `node` process run the apps and the CLI from their TypeScript sources, as jest does:
// transpile only (with the decorator metadata Nest needs) and the tsconfig's @ledger/* paths.
const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');
const tsconfigPaths = require('tsconfig-paths');

const root = path.join(__dirname, '..');
const { compilerOptions } = require(path.join(root, 'tsconfig.json'));
tsconfigPaths.register({ baseUrl: root, paths: compilerOptions.paths });

const options = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2022,
  esModuleInterop: true,
  experimentalDecorators: true,
  emitDecoratorMetadata: true,
  resolveJsonModule: true,
};

require.extensions['.ts'] = (module, filename) => {
  const { outputText } = ts.transpileModule(fs.readFileSync(filename, 'utf8'), {
    compilerOptions: options,
    fileName: filename,
  });
  module._compile(outputText, filename);
};
