/** Injection tokens for the ports; the adapters behind them are chosen by configuration. */
export const EVENT_STORE = Symbol('EventStore (personal data decrypted on read)');
/** The same log without decryption: personal fields stay ciphertext (the downstream feed reads this). */
export const SEALED_EVENT_STORE = Symbol('EventStore (personal data sealed)');
export const READ_STORE = Symbol('ReadStore');
export const KEY_STORE = Symbol('KeyStore');
/** The key of every blind index (a Buffer): the idNumber register is keyed with it. */
export const BLIND_INDEX_KEY = Symbol('BlindIndexKey');
export const PROJECTIONS = Symbol('ProjectionRuntime');
export const CLOCK = Symbol('Clock');

/** The one place the application reads the time; tests pin it. */
export interface Clock {
  now(): Date;
}

/** The one DomainPolicies object the configuration loaded: decide, projections and queries share it. */
export const POLICIES = Symbol('DomainPolicies');
