import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { consoleAssetsDir } from './console-assets';

/**
 * Serves the console's built assets at /console (ADR 0030). They are static: every figure on a page
 * comes from the JSON API called with the user's bearer token, so auth, scoping and masking are the
 * API's own. Without a build the route says how to make one rather than answering 404.
 */
export function serveConsole(app: NestFastifyApplication, root: string = consoleAssetsDir()): void {
  const fastify = app.getHttpAdapter().getInstance();
  fastify.get('/console', (_request, reply) => reply.redirect('/console/', 302));
  if (!existsSync(join(root, 'index.html'))) {
    fastify.get('/console/*', (_request, reply) =>
      reply.code(503).send({
        statusCode: 503,
        error: 'Service Unavailable',
        message: 'the console is not built: run npm run build',
      }),
    );
    return;
  }
  // decorateReply: false, as Swagger UI's own registration of @fastify/static already decorated it.
  app.useStaticAssets({ root, prefix: '/console/', decorateReply: false, index: 'index.html' });
}
