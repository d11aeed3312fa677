export * from './read-store.port';
export * from './errors';
export { EmbeddedReadStore, type EmbeddedReadStoreOptions } from './embedded/embedded.read-store';
export { MongoReadStore, type MongoReadStoreOptions } from './mongodb/mongodb.read-store';
export { fieldsRead } from './embedded/filter-fields';
export { EMBEDDED_FILE_FORMAT } from './embedded/read-store-file';
export { PostgresReadStore, type PostgresReadStoreOptions } from './postgres/postgres.read-store';
export { TurnBudget } from './turn-budget';
