import 'reflect-metadata';
import { Controller, type INestApplication, Module, Post } from '@nestjs/common';
import { type AbstractHttpAdapter, NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
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

@Module({ controllers: [BareController] })
class BareModule {}

async function adapterFor(platform: Platform): Promise<AbstractHttpAdapter> {
  // Same body limit as the api, so both parse the same bodies the same way.
  if (platform === 'fastify') return new FastifyAdapter({ bodyLimit: 256 * 1024 });
  // Not a dependency of the project: loaded by name, only when installed.
  const express = (await import(EXPRESS_PACKAGE)) as { ExpressAdapter: new () => AbstractHttpAdapter };
  return new express.ExpressAdapter();
}

async function main(): Promise<void> {
  const platform = process.argv[2] === 'express' ? 'express' : 'fastify';
  const app: INestApplication = await NestFactory.create(BareModule, await adapterFor(platform), {
    logger: ['error', 'warn'],
  });
  await serve(app);
}

main().catch(failed);
