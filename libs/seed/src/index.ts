export * from './seed-ledger';
export * from './ledger-files';
