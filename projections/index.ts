import type { Projection } from '@ledger/projection-runtime';

/** Every read model the runtime keeps up to date (the api in the embedded mode, apps/projector in production). */
export const ALL_PROJECTIONS: readonly Projection[] = [];
