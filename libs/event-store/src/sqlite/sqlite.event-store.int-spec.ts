import { describeEventStoreContract } from '../../test/event-store.contract';
import { temporaryStoreFile } from '../../test/temporary-file';
import { SqliteEventStore } from './sqlite.event-store';

describeEventStoreContract('SQLite', async () => new SqliteEventStore(temporaryStoreFile()));
