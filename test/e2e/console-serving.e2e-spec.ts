import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { loadConfig } from '@ledger/config';
import { createApp } from '../../apps/api/src/bootstrap';
import { consoleAssetsDir } from '../../apps/api/src/console/console-assets';
import { serveConsole } from '../../apps/api/src/console/serve-console';
import { ensureConsoleBuilt } from '../browser/console-build';
import { startLedger, type Ledger } from './ledger-harness';

describe('the console and its development sign-in (e2e)', () => {
  describe('in the embedded development mode (no JWT_SECRET, no JWKS)', () => {
    let app: NestFastifyApplication;
    const dataDir = mkdtempSync(join(tmpdir(), 'ledger-console-serving-'));
    beforeAll(async () => {
      ensureConsoleBuilt();
      app = await createApp(loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'error' }));
      await app.init();
      await app.getHttpAdapter().getInstance().ready();
    });
    afterAll(async () => {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    });
    const http = () => request(app.getHttpServer());

    it('serves the built console at /console, its assets with it', async () => {
      await http().get('/console').expect(302).expect('location', '/console/');
      const page = await http()
        .get('/console/')
        .expect(200)
        .expect('content-type', /text\/html/);
      const script = /src="(\/console\/assets\/[^"]+\.js)"/.exec(page.text)?.[1];
      expect(script).toBeDefined();
      await http()
        .get(script!)
        .expect(200)
        .expect('content-type', /javascript/);
      await http().get('/console/assets/no-such-file.js').expect(404);
    });

    it('mints a token for one role that the api then accepts, and says which field is wrong', async () => {
      const minted = await http()
        .post('/development/tokens')
        .send({ role: 'auditor', sub: 'auditor-sun' })
        .expect(201);
      const token = minted.body.token as string;
      await http().get('/access-log').set('Authorization', `Bearer ${token}`).expect(200);
      // One role: the token admits the auditor's routes and nothing more.
      await http().get('/worklist').set('Authorization', `Bearer ${token}`).expect(403);

      const noBranch = await http()
        .post('/development/tokens')
        .send({ role: 'branch-head', sub: 'bh-wu' })
        .expect(400);
      expect(noBranch.body.message).toContain('branchId');
      const badRole = await http().post('/development/tokens').send({ role: 'root', sub: 'x' }).expect(400);
      expect(JSON.stringify(badRole.body)).toContain('role');
      const head = await http()
        .post('/development/tokens')
        .send({ role: 'branch-head', sub: 'bh-wu', branchId: 'b1' })
        .expect(201);
      await http()
        .get('/worklist')
        .set('Authorization', `Bearer ${head.body.token as string}`)
        .expect(200);
    });

    it('documents the route in OpenAPI, as a public one', async () => {
      const document = await http().get('/docs-json').expect(200);
      expect(document.body.paths['/development/tokens'].post).toMatchObject({ security: [] });
    });
  });

  describe('with JWT_SECRET set', () => {
    let ledger: Ledger;
    beforeAll(async () => {
      ledger = await startLedger();
    });
    afterAll(() => ledger.close());

    it('has no token route (and the document does not name it), while the console is served alike', async () => {
      await ledger.http().post('/development/tokens').send({ role: 'admin', sub: 'x' }).expect(404);
      const document = await ledger.http().get('/docs-json').expect(200);
      expect(Object.keys(document.body.paths)).not.toContain('/development/tokens');
      await ledger.http().get('/console').expect(302);
    });
  });

  it('finds dist/console beside package.json, from the sources as from the compiled output', () => {
    const root = join(__dirname, '..', '..');
    expect(consoleAssetsDir(join(root, 'apps', 'api', 'src', 'console'))).toBe(join(root, 'dist', 'console'));
    expect(consoleAssetsDir(join(root, 'dist', 'apps', 'api', 'src', 'console'))).toBe(
      join(root, 'dist', 'console'),
    );
  });

  it('without a build, says how to make one instead of a bare 404', async () => {
    @Module({})
    class Empty {}
    const app = await NestFactory.create<NestFastifyApplication>(Empty, new FastifyAdapter(), {
      logger: false,
    });
    serveConsole(app, join(tmpdir(), 'no-console-built-here'));
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    try {
      const answer = await request(app.getHttpServer()).get('/console/').expect(503);
      expect(answer.body.message).toBe('the console is not built: run npm run build');
    } finally {
      await app.close();
    }
  });
});
