import { blindIndex } from './blind-index';

/**
 * The register's stream id for a normalised idNumber: the read models' blind-index keying (one key
 * from the master key), so equal numbers meet in one stream and the number never reaches the log.
 */
export function idNumberIndexOf(key: Buffer, normalisedIdNumber: string): string {
  return blindIndex(key, 'identity', 'idNumber', normalisedIdNumber).slice('bi1:'.length);
}
