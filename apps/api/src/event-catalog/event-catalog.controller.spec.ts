import { APP_GUARD } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import type { LedgerConfig } from '@ledger/config';
import { DEFAULT_POLICIES } from '@ledger/domain';
import { AuthGuard } from '../auth/auth.guard';
import { TokenVerifier } from '../auth/token-verifier';
import { HttpErrorFilter } from '../errors/http-error.filter';
import { CLOCK } from '../infrastructure/tokens';
import { EventCatalogModule } from './event-catalog.module';

const config: LedgerConfig = {
  port: 0,
  dataDir: './data',
  jwt: {},
  logLevel: 'error',
  policies: DEFAULT_POLICIES,
};

describe('GET /asyncapi.json and /event-schemas/:type', () => {
  let app: NestFastifyApplication;
  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [EventCatalogModule],
      // The app's own guard: the catalog must pass it without a token.
      providers: [
        { provide: TokenVerifier, useValue: new TokenVerifier(config) },
        { provide: CLOCK, useValue: { now: () => new Date() } },
        { provide: APP_GUARD, useClass: AuthGuard },
      ],
    }).compile();
    app = moduleRef.createNestApplication<NestFastifyApplication>(new FastifyAdapter(), { logger: false });
    app.useGlobalFilters(new HttpErrorFilter());
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  });
  afterAll(() => app.close());

  it('serves the AsyncAPI document to anyone, schemas inlined', async () => {
    const response = await app.inject({ method: 'GET', url: '/asyncapi.json' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    const document = response.json<{ asyncapi: string; components: { schemas: Record<string, unknown> } }>();
    expect(document.asyncapi).toBe('3.0.0');
    expect(Object.keys(document.components.schemas)).toContain('CustomerOnboarded');
  });

  it('serves the JSON Schema of an event type to anyone', async () => {
    const response = await app.inject({ method: 'GET', url: '/event-schemas/ContactLogged' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ title: 'ContactLogged', 'x-schema-version': 1 });
  });

  it('answers 404 for a type the catalog does not know', async () => {
    for (const type of ['ProductBought', 'common', '..%2Fpackage.json', 'constructor']) {
      const response = await app.inject({ method: 'GET', url: `/event-schemas/${type}` });
      expect({ type, status: response.statusCode }).toEqual({ type, status: 404 });
    }
  });
});
