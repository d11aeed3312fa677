import Database from 'better-sqlite3';
// The embedded read store's own file class: the floor writes through exactly its schema and pragmas.
import { ReadStoreFile } from '../../../libs/read-store/src/embedded/read-store-file';

const ROWS_PER_TRANSACTION = 1000;

type DocumentRow = { collection: string; id: string; body: string; keys: string | null };

/**
 * The read models' half of the floor: every document the rebuild wrote, already serialised, inserted
 * into a fresh read-store file in transactions of 1,000 rows. No fold, no decryption, no
 * JSON.stringify, and each document once: only what any rebuild must write. Only the transactions
 * are timed, not reading the rows back out of the rebuilt file.
 */
export function measureDocumentWrites(
  rebuiltFile: string,
  scratchFile: string,
  /** Which collections count: the bench's second rebuild leaves its own build (`_r2`) beside the first. */
  counts: (collection: string) => boolean = () => true,
): { documents: number; seconds: number } {
  const source = new Database(rebuiltFile, { readonly: true });
  const target = new ReadStoreFile(scratchFile);
  try {
    const rows = source
      .prepare<[], DocumentRow>('SELECT collection, id, body, keys FROM read_document ORDER BY rowid')
      .iterate();
    let documents = 0;
    let nanoseconds = 0n;
    let batch: DocumentRow[] = [];
    const write = () => {
      const started = process.hrtime.bigint();
      target.transaction(() => {
        for (const row of batch) target.putDocument(row.collection, row.id, row.body, row.keys ?? '{}');
      });
      nanoseconds += process.hrtime.bigint() - started;
      documents += batch.length;
      batch = [];
    };
    for (const row of rows) {
      if (!counts(row.collection)) continue;
      batch.push(row);
      if (batch.length === ROWS_PER_TRANSACTION) write();
    }
    if (batch.length > 0) write();
    return { documents, seconds: Number(nanoseconds) / 1e9 };
  } finally {
    target.close();
    source.close();
  }
}
