export * from './projection';
export * from './projection-runtime';
export * from './projection-status';
export * from './errors';
export type { RetryOutcome } from './projection-runner';
export type { ParkedStream } from './parked-streams';
export { PARKED_COLLECTION } from './parked-streams';
export { REGISTRY_COLLECTION } from './registry';
export { LAG_COUNT_LIMIT } from './lag';
