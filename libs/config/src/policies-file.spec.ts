import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_POLICIES } from '@ledger/domain';
import { ConfigError, loadConfig } from './config';

const dir = mkdtempSync(join(tmpdir(), 'policies-file-'));
function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('POLICIES_FILE', () => {
  it('is the seed defaults, versioned seed-defaults, when unset', () => {
    expect(loadConfig({}).policies).toBe(DEFAULT_POLICIES);
    expect(DEFAULT_POLICIES.version).toBe('seed-defaults');
  });

  it('merges the file onto the defaults and versions it by its content', () => {
    const policies = loadConfig({
      POLICIES_FILE: file('a.json', '{"dormant":{"inactiveDays":90}}'),
    }).policies;
    expect(policies.dormant.inactiveDays).toBe(90);
    expect(policies.serviceSla).toEqual(DEFAULT_POLICIES.serviceSla);
    expect(policies.version).toMatch(/^sha256:[0-9a-f]{12}$/);
    // The same rules written differently are the same version; other rules another.
    const same = file('b.json', '{ "dormant": { "inactiveDays": 90, "policyVersion": "dormant/v2" } }');
    expect(loadConfig({ POLICIES_FILE: same }).policies.version).toBe(policies.version);
    const other = file('c.json', '{"dormant":{"inactiveDays":91}}');
    expect(loadConfig({ POLICIES_FILE: other }).policies.version).not.toBe(policies.version);
  });

  it('keeps seed-defaults for a file that restates the seed', () => {
    expect(
      loadConfig({ POLICIES_FILE: file('d.json', '{"dormant":{"inactiveDays":180}}') }).policies.version,
    ).toBe('seed-defaults');
  });

  it.each([
    [
      '{"contactCadence":{"bands":[{"fromMinor":100,"everyDays":-7}]}}',
      'POLICIES_FILE: contactCadence.bands[0].everyDays: must be a positive integer',
    ],
    ['{"dormant":', 'is not JSON'],
  ])('stops the start naming the field: %s', (content, message) => {
    const env = { POLICIES_FILE: file('bad.json', content) };
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('stops the start when the file cannot be read', () => {
    expect(() => loadConfig({ POLICIES_FILE: join(dir, 'missing.json') })).toThrow(
      'configuration POLICIES_FILE: cannot read',
    );
  });
});
