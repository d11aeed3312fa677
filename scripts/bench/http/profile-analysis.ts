import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileShares {
  seconds: number;
  /** Fractions of the sampled wall time, largest first. */
  selfByModule: [string, number][];
  inclusiveByModule: [string, number][];
  selfByFunction: [string, number][];
}

/** The module a frame belongs to: an npm package, a folder of the repo, a Node internal, or V8's own. */
function moduleOf(url: string, functionName: string): string {
  if (url === '') return functionName.startsWith('(') ? functionName : '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg?.[1] !== undefined) return pkg[1];
  const repo = /dist\/((?:apps\/[^/]+\/src|libs\/[^/]+\/src|projections|scripts)\/[^/]+)/.exec(url);
  if (repo?.[1] !== undefined) return repo[1];
  if (url.startsWith('node:')) return url.split('/')[0] ?? url;
  return url;
}

/** Where a .cpuprofile's wall time went, by module (self and on the stack) and by function. */
export function analyseProfile(file: string): ProfileShares {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const functions = new Map<string, number>();
  const add = (map: Map<string, number>, key: string, micros: number) =>
    map.set(key, (map.get(key) ?? 0) + micros);
  let total = 0;
  profile.samples.forEach((id, index) => {
    const micros = profile.timeDeltas[index] ?? 0;
    total += micros;
    const frame = byId.get(id)?.callFrame;
    if (frame === undefined) return;
    const module = moduleOf(frame.url, frame.functionName);
    add(self, module, micros);
    add(functions, `${frame.functionName || '(anonymous)'}  ${module}:${frame.lineNumber + 1}`, micros);
    // A module counts once per sample however deep it recurses: its share of the wall clock.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const caller = byId.get(at)?.callFrame;
      if (caller === undefined) continue;
      const callerModule = moduleOf(caller.url, caller.functionName);
      if (!seen.has(callerModule)) add(inclusive, callerModule, micros);
      seen.add(callerModule);
    }
  });
  const shares = (map: Map<string, number>): [string, number][] =>
    [...map].map(([key, micros]): [string, number] => [key, micros / total]).sort(([, a], [, b]) => b - a);
  return {
    seconds: total / 1e6,
    selfByModule: shares(self),
    inclusiveByModule: shares(inclusive).filter(([module]) => module !== '(root)'),
    selfByFunction: shares(functions),
  };
}

export function formatShares(shares: [string, number][], top: number, indent = '  '): string[] {
  return shares
    .slice(0, top)
    .map(([key, share]) => `${indent}${(share * 100).toFixed(1).padStart(5)} %  ${key}`);
}
