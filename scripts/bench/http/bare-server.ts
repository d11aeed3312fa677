import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import {
  Body,
  Controller,
  type DynamicModule,
  Inject,
  type INestApplication,
  Module,
  Post,
} from '@nestjs/common';
import { type AbstractHttpAdapter, NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { type JsonObject, SqliteEventStore } from '@ledger/event-store';
import { EXPRESS_PACKAGE, type Platform } from './protocol';
import { failed, serve } from './serve';

/** The ceiling: a route with no guard, no validation and no store, on the platform under test. */
@Controller()
class BareController {
  @Post('bare')
  bare(): { ok: true } {
    return { ok: true };
  }
}

const DURABLE_STORE = 'durable-store';
const DURABLE_STREAMS = 'durable-streams';

/**
 * The command route's floor: the bare route plus one durable append of the body through group
 * commit. No guard, validation, stream read, decision, encryption or projection: any durable command
 * route does at least this much.
 */
@Controller()
class DurableController {
  private appended = 0;

  constructor(
    @Inject(DURABLE_STORE) private readonly store: SqliteEventStore,
    @Inject(DURABLE_STREAMS) private readonly streams: number,
  ) {}

  @Post('bare/durable')
  async durable(@Body() body: JsonObject): Promise<{ position: string }> {
    const stream = `bench-${this.appended++ % this.streams}`;
    const event = { eventId: randomUUID(), type: 'ContactLogged', data: body };
    const { position } = await this.store.append(stream, [event], { streamState: 'any' });
    return { position };
  }
}

@Module({ controllers: [BareController] })
class BareModule {
  /**
   * BARE_EVENTS_FILE adds the durable floor route, appending to that file; its appends go round
   * BARE_STREAMS streams in turn, as the command route's go round its customers.
   */
  static with(eventsFile: string | undefined, streams: number): DynamicModule {
    if (eventsFile === undefined) return { module: BareModule };
    return {
      module: BareModule,
      controllers: [DurableController],
      providers: [
        { provide: DURABLE_STORE, useValue: new SqliteEventStore(eventsFile) },
        { provide: DURABLE_STREAMS, useValue: streams },
      ],
    };
  }
}

async function adapterFor(platform: Platform): Promise<AbstractHttpAdapter> {
  // Same body limit as the api, so both parse the same bodies the same way.
  if (platform === 'fastify') return new FastifyAdapter({ bodyLimit: 256 * 1024 });
  // Not a dependency of the project: loaded by name, only when installed.
  const express = (await import(EXPRESS_PACKAGE)) as { ExpressAdapter: new () => AbstractHttpAdapter };
  return new express.ExpressAdapter();
}

async function main(): Promise<void> {
  const platform = process.argv[2] === 'express' ? 'express' : 'fastify';
  const app: INestApplication = await NestFactory.create(
    BareModule.with(process.env['BARE_EVENTS_FILE'], Number(process.env['BARE_STREAMS'] ?? 1)),
    await adapterFor(platform),
    {
      logger: ['error', 'warn'],
    },
  );
  await serve(app);
}

main().catch(failed);
