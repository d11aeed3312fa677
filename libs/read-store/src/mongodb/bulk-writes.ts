import { type AnyBulkWriteOperation, MongoServerError } from 'mongodb';
import { DuplicateKey } from '../errors';
import { jsonCopy } from '../json';
import type { DocumentWrite, ReadDocument } from '../read-store.port';

const DUPLICATE_KEY = 11000;

/** Writes grouped by collection, one bulkWrite each, in the batch's order within a collection. */
export function byCollection(
  writes: readonly DocumentWrite[],
): Map<string, AnyBulkWriteOperation<ReadDocument>[]> {
  const batches = new Map<string, AnyBulkWriteOperation<ReadDocument>[]>();
  for (const { collection, id, document } of writes) {
    let operations = batches.get(collection);
    if (!operations) batches.set(collection, (operations = []));
    operations.push(
      document === null
        ? { deleteOne: { filter: { _id: id } } }
        : {
            replaceOne: {
              filter: { _id: id },
              replacement: jsonCopy(document) as ReadDocument,
              upsert: true,
            },
          },
    );
  }
  return batches;
}

/** MongoDB's E11000 becomes the port's DuplicateKey, so callers handle one error in both modes. */
export async function duplicateKeyAsTyped<T>(collection: string, operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    if (!(error instanceof MongoServerError) || error.code !== DUPLICATE_KEY) throw error;
    const index = /index: (\S+)/.exec(error.message)?.[1] ?? 'unknown';
    throw new DuplicateKey(collection, index, error.message);
  }
}
