import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeReadStoreContract } from '../../test/read-store.contract';
import { EmbeddedReadStore } from './embedded.read-store';

const dir = mkdtempSync(join(tmpdir(), 'read-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeReadStoreContract('embedded', async () => new EmbeddedReadStore({ file: join(dir, 'read.sqlite') }));
