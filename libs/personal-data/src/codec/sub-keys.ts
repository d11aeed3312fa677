import { createHmac } from 'node:crypto';
import type { DataKey } from '../keys/key-store.port';

const ENC_INFO = 'ledger/personal-data/v1/enc';
const IV_INFO = 'ledger/personal-data/v1/iv';
/** HKDF with an empty salt uses HashLen zero bytes (RFC 5869 §2.2). */
const EMPTY_SALT = Buffer.alloc(32);

/**
 * HKDF-SHA256 (RFC 5869) with an empty salt and 32 bytes of output, written out as its HMACs:
 * extract once per data key, then one expand block per subkey. Equal to
 * `hkdfSync('sha256', key, '', info, 32)` (a test says so), at a fraction of its cost: a rebuild
 * derives keys for every customer it reads, and hkdfSync builds a KeyObject each call.
 */
function extract(dataKey: Buffer): Buffer {
  return createHmac('sha256', EMPTY_SALT).update(dataKey).digest();
}

function expand(prk: Buffer, info: string): Buffer {
  return createHmac('sha256', prk).update(info).update(Buffer.of(1)).digest();
}

/** One data key, two jobs: separate subkeys for encryption and for deriving IVs (only writers need it). */
export class SubKeys {
  readonly enc: Buffer;
  private ivKey: Buffer | undefined;

  constructor(
    readonly dataKey: Buffer,
    private readonly prk: Buffer = extract(dataKey),
  ) {
    this.enc = expand(prk, ENC_INFO);
  }

  get iv(): Buffer {
    this.ivKey ??= expand(this.prk, IV_INFO);
    return this.ivKey;
  }
}

/** Subkeys of the most recently used data keys: derived once per key, not per field of every event. */
const CACHE_SIZE = 10_000;
const cache = new Map<string, SubKeys>();

export function subKeysOf(dataKey: DataKey): SubKeys {
  const cached = cache.get(dataKey.keyId);
  cache.delete(dataKey.keyId);
  // By key id, checked against the key itself: a key id names a key, it does not prove it.
  const keys =
    cached !== undefined && cached.dataKey.equals(dataKey.key)
      ? cached
      : new SubKeys(Buffer.from(dataKey.key));
  cache.set(dataKey.keyId, keys);
  if (cache.size > CACHE_SIZE) {
    const oldest = cache.keys().next();
    if (oldest.done !== true) cache.delete(oldest.value);
  }
  return keys;
}
