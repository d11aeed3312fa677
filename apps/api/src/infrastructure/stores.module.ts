import { type DynamicModule, Global, Logger, Module } from '@nestjs/common';
import type { LedgerConfig } from '@ledger/config';
import { type LedgerStores, openStores } from '@ledger/stores';
import { ProjectionsHost } from './projections.host';
import {
  CLOCK,
  type Clock,
  EVENT_STORE,
  BLIND_INDEX_KEY,
  KEY_STORE,
  POLICIES,
  READ_STORE,
  SEALED_EVENT_STORE,
} from './tokens';

const LEDGER_STORES = Symbol('LedgerStores');

/** Opens every port on the adapters the configuration selects, once; ProjectionsHost closes them at shutdown. */
@Global()
@Module({})
export class StoresModule {
  static forConfig(config: LedgerConfig, clock: Clock = { now: () => new Date() }): DynamicModule {
    const logger = new Logger('Stores');
    return {
      module: StoresModule,
      providers: [
        {
          provide: LEDGER_STORES,
          useFactory: () => openStores(config, { warn: (message) => logger.warn(message) }),
        },
        {
          provide: EVENT_STORE,
          useFactory: (stores: LedgerStores) => stores.events,
          inject: [LEDGER_STORES],
        },
        {
          provide: SEALED_EVENT_STORE,
          useFactory: (stores: LedgerStores) => stores.sealedEvents,
          inject: [LEDGER_STORES],
        },
        { provide: READ_STORE, useFactory: (stores: LedgerStores) => stores.reads, inject: [LEDGER_STORES] },
        { provide: KEY_STORE, useFactory: (stores: LedgerStores) => stores.keys, inject: [LEDGER_STORES] },
        {
          provide: BLIND_INDEX_KEY,
          useFactory: (stores: LedgerStores) => stores.blindIndexKey,
          inject: [LEDGER_STORES],
        },
        { provide: CLOCK, useValue: clock },
        { provide: POLICIES, useValue: config.policies },
        {
          provide: ProjectionsHost,
          useFactory: (stores: LedgerStores) =>
            new ProjectionsHost(stores, clock, config.policies, config.projectionFoldWorkers ?? 0),
          inject: [LEDGER_STORES],
        },
      ],
      exports: [
        EVENT_STORE,
        SEALED_EVENT_STORE,
        READ_STORE,
        KEY_STORE,
        BLIND_INDEX_KEY,
        CLOCK,
        POLICIES,
        ProjectionsHost,
      ],
    };
  }
}
