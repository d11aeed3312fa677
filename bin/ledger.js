#!/usr/bin/env node
// `npx ledger <command>`: runs the compiled CLI when the build is current, else from the TypeScript
// sources (transpiled on load, a few seconds slower), so no command waits for a full build.
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const compiled = path.join(root, 'dist', 'apps', 'api', 'src', 'cli', 'ledger.js');
const SOURCES = ['apps', 'libs', 'projections'];

function newestSource(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

function buildIsCurrent() {
  if (process.env.LEDGER_FROM_SOURCE === '1' || !fs.existsSync(compiled)) return false;
  const built = fs.statSync(compiled).mtimeMs;
  return SOURCES.every((dir) => newestSource(path.join(root, dir)) <= built);
}

let cli;
if (buildIsCurrent()) {
  const tsConfigPaths = require('tsconfig-paths');
  const { compilerOptions } = require(path.join(root, 'tsconfig.json'));
  tsConfigPaths.register({ baseUrl: path.join(root, 'dist'), paths: compilerOptions.paths });
  cli = require(compiled);
} else {
  require(path.join(root, 'scripts', 'register-ts.js'));
  cli = require(path.join(root, 'apps', 'api', 'src', 'cli', 'ledger.ts'));
}
cli.runLedger(process.argv.slice(2)).then((code) => {
  // `serve` keeps the process alive with its server; every other command ends here.
  process.exitCode = code;
});
