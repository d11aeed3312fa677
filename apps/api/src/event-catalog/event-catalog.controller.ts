import { Controller, Get, NotFoundException, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { JsonObject } from '@ledger/event-store';
import { Public } from '../auth/roles';
import { EventCatalog } from './event-catalog';

/** The downstream contract (DESIGN §5): public, so a service can read it before it holds a token. */
@ApiTags('downstream')
@Public()
@Controller()
export class EventCatalogController {
  constructor(private readonly catalog: EventCatalog) {}

  @Get('asyncapi.json')
  @ApiOperation({
    summary: 'AsyncAPI 3.0 document of the event streams',
    description:
      'The SSE feed and the KurrentDB streams, every message schema inlined under components.schemas.',
  })
  asyncApi(): JsonObject {
    return this.catalog.asyncApi();
  }

  @Get('event-schemas/:type')
  @ApiOperation({
    summary: "JSON Schema (draft-07) of an event type's data",
    description: 'Self-contained: shared definitions are inlined. Also EventEnvelope and EventMetadata.',
  })
  schema(@Param('type') type: string): JsonObject {
    const schema = this.catalog.schema(type);
    if (schema === undefined) throw new NotFoundException(`no schema for event type "${type}"`);
    return schema;
  }
}
