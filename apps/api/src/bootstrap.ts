import { type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { LedgerConfig } from '@ledger/config';
import { AppModule } from './app.module';
import { serveConsole } from './console/serve-console';
import { answerFrameworkError, HttpErrorFilter } from './errors/http-error.filter';
import type { Clock } from './infrastructure/tokens';
import { serveOpenApi } from './openapi';
import { createValidationPipe } from './validation/validation.pipe';

/** Builds the API exactly as `npm start` serves it; the e2e tests use the same function. */
export async function createApp(config: LedgerConfig, clock?: Clock): Promise<NestFastifyApplication> {
  // A malformed URL (`/customers/%zz`) is refused by Fastify before any route: same error body.
  const adapter = new FastifyAdapter({ bodyLimit: 256 * 1024, frameworkErrors: answerFrameworkError });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forConfig(config, clock), adapter, {
    logger: loggerLevels(config.logLevel),
  });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new HttpErrorFilter());
  app.enableShutdownHooks();
  serveOpenApi(app);
  serveConsole(app);
  return app;
}

function loggerLevels(level: LedgerConfig['logLevel']): ('error' | 'warn' | 'log' | 'debug' | 'verbose')[] {
  const order = ['error', 'warn', 'log', 'debug', 'verbose'] as const;
  return order.slice(0, order.indexOf(level) + 1);
}

export type LedgerApp = INestApplication;
