import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';

const ANCHOR: SchemaObject = {
  type: 'object',
  required: ['revision', 'recordedAt', 'position', 'root', 'streams'],
  properties: {
    revision: { type: 'integer', minimum: 0, description: "the anchor's revision in the integrity stream" },
    recordedAt: { type: 'string', format: 'date-time' },
    position: {
      type: 'string',
      description: 'global position the anchor covers: every event at or before it',
    },
    root: {
      type: 'string',
      pattern: '^[0-9a-f]{64}$',
      description:
        'RFC 6962 Merkle root over every stream head at the position (docs/adr/0018-hash-v2-and-anchors.md)',
    },
    streams: { type: 'integer', minimum: 0, description: 'how many stream heads (leaves) the root covers' },
  },
};

export const ANCHOR_PAGE_SCHEMA: SchemaObject = {
  type: 'object',
  required: ['items', 'page', 'limit', 'total'],
  properties: {
    items: { type: 'array', items: ANCHOR },
    page: { type: 'integer', minimum: 1 },
    limit: { type: 'integer', minimum: 1 },
    total: { type: 'integer', minimum: 0 },
  },
};

export const LEDGER_VERIFICATION_SCHEMA: SchemaObject = {
  type: 'object',
  required: ['valid', 'streams', 'events', 'anchor', 'problems'],
  properties: {
    valid: { type: 'boolean' },
    streams: {
      type: 'integer',
      minimum: 0,
      description: 'streams checked (the integrity stream not counted)',
    },
    events: { type: 'integer', minimum: 0, description: 'events whose chain verified' },
    anchor: {
      ...ANCHOR,
      nullable: true,
      description: 'the latest anchor, checked against; null before the first',
    },
    problems: {
      type: 'array',
      items: {
        type: 'object',
        required: ['stream', 'revision', 'fault'],
        properties: {
          stream: { type: 'string', example: 'customer-6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b' },
          revision: { type: 'integer', minimum: 0, description: 'the first revision that does not verify' },
          fault: {
            type: 'string',
            enum: [
              'chain-broken',
              'tail-removed',
              'stream-removed',
              'anchored-head-differs',
              'anchor-root-differs',
            ],
          },
          anchoredRevision: {
            type: 'integer',
            minimum: 0,
            description: 'the head revision the latest anchor recorded for the stream',
          },
        },
      },
    },
  },
};
