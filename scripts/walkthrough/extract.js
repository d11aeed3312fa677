// Writes scripts/walkthrough/<name>.sh from the README's bash block under each
// `<!-- walkthrough: scripts/walkthrough/<name>.sh … -->` marker: the scripts are the README's blocks.
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..', '..');
const HEADER = (name) =>
  [
    '#!/usr/bin/env bash',
    `# The README's block for ${name}, verbatim: regenerate with node scripts/walkthrough/extract.js.`,
    'set -euo pipefail',
    '',
  ].join('\n');

/** Every marked block of the README: { script, body }. */
function walkthroughBlocks(readme) {
  const marker = /<!-- walkthrough: (scripts\/walkthrough\/[\w-]+\.sh)[^>]*-->\n```bash\n([\s\S]*?)\n```/g;
  return [...readme.matchAll(marker)].map(([, script, body]) => ({ script, body: `${body}\n` }));
}

function scriptOf(block) {
  return HEADER(path.basename(block.script)) + block.body;
}

if (require.main === module) {
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
  for (const block of walkthroughBlocks(readme)) {
    fs.writeFileSync(path.join(root, block.script), scriptOf(block), { mode: 0o755 });
    console.log(`wrote ${block.script}`);
  }
}

module.exports = { walkthroughBlocks, scriptOf };
