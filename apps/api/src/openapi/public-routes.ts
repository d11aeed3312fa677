import type { INestApplication } from '@nestjs/common';
import { PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { PUBLIC_KEY } from '../auth/roles';

/** `/a/:b` → `/a/{b}`, the way the document spells a path. */
function documentPath(prefix: string, path: string): string {
  const joined = `/${[prefix, path].filter((part) => part !== '' && part !== '/').join('/')}`;
  const clean = joined.replace(/\/+/g, '/').replace(/(.)\/$/, '$1');
  return clean.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

/** The document paths of routes marked @Public(), read from the same decorators the guard reads. */
export function publicPaths(app: INestApplication): Set<string> {
  const paths = new Set<string>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => unknown) | null;
      if (typeof controller !== 'function') continue;
      const prefix = (Reflect.getMetadata(PATH_METADATA, controller) as string | undefined) ?? '';
      const classPublic = Reflect.getMetadata(PUBLIC_KEY, controller) === true;
      const prototype = controller.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const handler = prototype[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const path = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
        if (path === undefined) continue;
        if (classPublic || Reflect.getMetadata(PUBLIC_KEY, handler) === true) {
          paths.add(documentPath(prefix, path));
        }
      }
    }
  }
  return paths;
}
