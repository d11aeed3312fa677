import type { PrefixesFilter, RegexFilter } from '@kurrent/kurrentdb-client';
import type { RecordedEvent } from '../event-store.port';
import { matchesFilter, serverFilter } from './event-filter';

function recorded(stream: string, type: string): RecordedEvent {
  return {
    eventId: '00000000-0000-4000-8000-000000000000',
    stream,
    type,
    revision: 0n,
    position: '1:1',
    data: {},
    metadata: { recordedAt: '2026-11-24T10:00:00.000Z', prevHash: '', hash: '' },
  };
}

describe('KurrentDB event filters', () => {
  it('send stream prefixes as a server-side stream-name prefix filter', () => {
    const filter = serverFilter({ streamPrefixes: ['customer-'] }) as PrefixesFilter;
    expect(filter).toMatchObject({ filterOn: 'streamName', prefixes: ['customer-'] });
  });

  it('send event types as an exact-match regex, not a prefix', () => {
    const filter = serverFilter({ eventTypes: ['CustomerOnboarded', 'Tier.Reassessed'] }) as RegexFilter;
    expect(filter.filterOn).toBe('eventType');
    const regex = new RegExp(filter.regex);
    expect(regex.test('CustomerOnboarded')).toBe(true);
    expect(regex.test('Tier.Reassessed')).toBe(true);
    expect(regex.test('CustomerOnboardedV2')).toBe(false);
    expect(regex.test('TierXReassessed')).toBe(false);
  });

  it('exclude system events when nothing is asked for', () => {
    const filter = serverFilter(undefined) as RegexFilter;
    expect(filter.filterOn).toBe('eventType');
    expect(new RegExp(filter.regex).test('$statsCollected')).toBe(false);
    expect(serverFilter({ streamPrefixes: [], eventTypes: [] })).toEqual(filter);
  });

  it('check both dimensions client-side, since the server evaluates one', () => {
    const filter = { streamPrefixes: ['customer-'], eventTypes: ['ContactLogged'] };
    expect(serverFilter(filter)).toMatchObject({ filterOn: 'streamName' });
    expect(matchesFilter(recorded('customer-1', 'ContactLogged'), filter)).toBe(true);
    expect(matchesFilter(recorded('customer-1', 'ProductMatured'), filter)).toBe(false);
    expect(matchesFilter(recorded('access-2026-11-24', 'ContactLogged'), filter)).toBe(false);
    expect(matchesFilter(recorded('anything', 'Anything'), undefined)).toBe(true);
  });
});
