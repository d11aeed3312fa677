import type { JsonObject } from '@ledger/event-store';
import { sample, valid } from './test/samples';

describe('the envelope', () => {
  const metadata = {
    schemaVersion: 1,
    occurredAt: '2026-01-05T09:00:00.000Z',
    actor: { id: 'rm-li', role: 'relationship-manager' },
    $correlationId: 'c0ffee00-0000-4000-8000-000000000001',
    $causationId: 'c0ffee00-0000-4000-8000-000000000001',
    recordedAt: '2026-01-05T09:00:00.012Z',
    prevHash: '',
    hash: 'a'.repeat(64),
  };
  const envelope = (type: string, data: JsonObject) => ({
    eventId: '5f0c2c7e-8d7a-4b8e-9f1a-2b3c4d5e6f70',
    stream: 'customer-6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b',
    type,
    revision: 0,
    position: '42',
    data,
    metadata,
  });

  it('checks data against the schema of its type, and lets types it does not know through', () => {
    expect(valid('EventEnvelope', envelope('CustomerOnboarded', sample('CustomerOnboarded')))).toBe(true);
    expect(valid('EventEnvelope', envelope('CustomerOnboarded', sample('CustomerOffboarded')))).toBe(false);
    expect(valid('EventEnvelope', envelope('SomethingNew', { anything: 1 }))).toBe(true);
  });

  it('checks the metadata: actor, times, hash chain', () => {
    const withMetadata = (patch: JsonObject) => ({
      ...envelope('CustomerOffboarded', sample('CustomerOffboarded')),
      metadata: { ...metadata, ...patch },
    });
    expect(valid('EventEnvelope', withMetadata({ idempotencyKey: 'k-1', extra: 'ignored' }))).toBe(true);
    expect(valid('EventEnvelope', withMetadata({ hash: 'not-a-hash' }))).toBe(false);
    expect(valid('EventEnvelope', withMetadata({ actor: { id: 'rm-li' } }))).toBe(false);
    expect(valid('EventEnvelope', withMetadata({ occurredAt: 'yesterday' }))).toBe(false);
    expect(valid('EventMetadata', { ...metadata, schemaVersion: 0 })).toBe(false);
  });
});
