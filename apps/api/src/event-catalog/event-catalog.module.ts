import { Module } from '@nestjs/common';
import { findCatalogDirectory } from './catalog-directory';
import { EventCatalog } from './event-catalog';
import { EventCatalogController } from './event-catalog.controller';

/** Serves docs/events: GET /asyncapi.json and GET /event-schemas/:type, both public. */
@Module({
  controllers: [EventCatalogController],
  providers: [
    { provide: EventCatalog, useFactory: () => EventCatalog.load(findCatalogDirectory(__dirname)) },
  ],
})
export class EventCatalogModule {}
