import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { publicPaths } from './openapi/public-routes';
import { declareResponses, ERROR_SCHEMAS } from './openapi/responses';
import { applyValidationRules } from './openapi/validation-rules';

export function openApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Relationship Ledger')
    .setDescription(
      'Event-sourced customer relationship management: commands append domain events, queries read projections. ' +
        'Get a development token with `npm run token -- --role relationship-manager --sub rm-li`.',
    )
    .setVersion('1')
    .setLicense('UNLICENSED', 'https://example.com/relationship-ledger/license')
    // Relative: the document is served by the api it describes, wherever that runs.
    .addServer('/', 'this api')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, 'bearer')
    .addSecurityRequirements('bearer')
    .build();
  const document = SwaggerModule.createDocument(app, config);
  // The controllers state routes; the rules and answers are stated once here, from what enforces them.
  document.components ??= {};
  document.components.schemas = { ...document.components.schemas, ...ERROR_SCHEMAS };
  applyValidationRules(document.components.schemas as never);
  declareResponses(document, publicPaths(app));
  return document;
}

/** Serves the UI at /docs and the document at /docs-json. */
export function serveOpenApi(app: INestApplication): void {
  SwaggerModule.setup('docs', app, () => openApiDocument(app), { jsonDocumentUrl: 'docs-json' });
}
