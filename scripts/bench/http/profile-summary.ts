import { analyseProfile, formatShares } from './profile-analysis';

/** `node scripts/run.js dist/scripts/bench/http/profile-summary.js <file.cpuprofile> [top]`. */
function main(): void {
  const [file, topText] = process.argv.slice(2);
  if (file === undefined) throw new Error('usage: profile-summary <file.cpuprofile> [top]');
  const top = Number(topText ?? 25);
  const shares = analyseProfile(file);
  console.log(`${file}: ${shares.seconds.toFixed(1)} s sampled`);
  console.log('self time by module:');
  console.log(formatShares(shares.selfByModule, top).join('\n'));
  console.log('time on the stack by module:');
  console.log(formatShares(shares.inclusiveByModule, top).join('\n'));
  console.log('self time by function:');
  console.log(formatShares(shares.selfByFunction, top).join('\n'));
}

main();
