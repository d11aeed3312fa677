export * from './json';
export * from './position';
export * from './errors';
export * from './event-store.port';
export * from './canonical-json';
export * from './hash-chain';
export * from './sqlite/sqlite.event-store';
export { GroupCommit, type Outcome } from './sqlite/group-commit';
export { EVENT_SCHEMA } from './sqlite/schema';
