import { readProjectionStatus } from '../src';
import { counterProjection } from './counter.projection';
import { RuntimeHarness } from './runtime-harness';
import { accountStream, depositRounds } from './stores';

describe('the policy set a build was computed under', () => {
  let harness: RuntimeHarness;
  beforeEach(() => (harness = new RuntimeHarness()));
  afterEach(() => harness.close());

  it('is recorded with the build; a changed set keeps the build live, says so, and a rebuild brings it current', async () => {
    await depositRounds(harness.events, [accountStream(), accountStream()], 5);
    const first = await harness.start({ projections: [counterProjection({ policyVersion: 'sha256:aaaa' })] });
    await first.waitUntilLive({ timeoutMs: 5000 });
    expect((await first.status())[0]).toMatchObject({ policyVersion: 'sha256:aaaa', policiesCurrent: true });
    await harness.stop(first);

    // The bank configures other rules: the read model keeps answering, built under the old set.
    const changed = [counterProjection({ policyVersion: 'sha256:bbbb' })];
    const second = await harness.start({ projections: changed });
    await second.waitUntilLive({ timeoutMs: 5000 });
    expect((await second.status())[0]).toMatchObject({
      state: 'live',
      build: 'counter_v1',
      policyVersion: 'sha256:aaaa',
      policiesCurrent: false,
    });
    // A process that only reports (the api beside apps/projector) reads the same from the registry.
    const reported = await readProjectionStatus(harness.events, harness.reads, changed);
    expect(reported[0]).toMatchObject({ policyVersion: 'sha256:aaaa', policiesCurrent: false });

    await second.rebuild('counter');
    await second.waitUntilLive({ timeoutMs: 5000 });
    expect((await second.status())[0]).toMatchObject({
      build: 'counter_v1_r2',
      policyVersion: 'sha256:bbbb',
      policiesCurrent: true,
    });
  });

  it('is null and always current for a read model that depends on no policy', async () => {
    await depositRounds(harness.events, [accountStream()], 2);
    const runtime = await harness.start({ projections: [counterProjection()] });
    await runtime.waitUntilLive({ timeoutMs: 5000 });
    expect((await runtime.status())[0]).toMatchObject({ policyVersion: null, policiesCurrent: true });
  });
});
