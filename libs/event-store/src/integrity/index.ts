export * from './merkle';
export * from './chain-anchor';
export * from './chain-anchoring';
export * from './ledger-verification';
