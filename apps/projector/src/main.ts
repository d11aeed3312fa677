import { loadConfig } from '@ledger/config';

// The projector runs the projections against KurrentDB and MongoDB (production topology).
const config = loadConfig();
if (config.eventStoreUrl === undefined || config.mongodbUrl === undefined) {
  console.error(
    'apps/projector needs EVENT_STORE_URL and MONGODB_URL; in the embedded mode the api runs the projections',
  );
  process.exit(1);
}
