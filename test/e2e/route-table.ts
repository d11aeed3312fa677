import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { RequestMethod } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import { PUBLIC_KEY, type Role, ROLES_KEY } from '../../apps/api/src/auth/roles';
import { NARROWED_KEY } from '../../apps/api/src/auth/scope';

/**
 * `book`: a route on one customer, 404 outside the caller's scope; `list`: answers only what the
 * caller's scope holds; `all`: not scoped by customer (ADR 0015).
 */
export type RouteScope = 'book' | 'list' | 'all';

export interface RouteRow {
  method: string;
  path: string;
  /** 'public', or the roles the route admits. */
  roles: Role[] | 'public';
  scope: RouteScope;
}

function scopeOf(path: string, narrowed: unknown): RouteScope {
  if (path.startsWith('/customers/:id')) return 'book';
  return narrowed === true ? 'list' : 'all';
}

function joinPath(prefix: string, path: string): string {
  const joined = `/${[prefix, path].filter((part) => part !== '' && part !== '/').join('/')}`.replace(
    /\/+/g,
    '/',
  );
  return joined.length > 1 ? joined.replace(/\/$/, '') : joined;
}

/** Every route the running app serves, read from the controllers' decorators. */
export function routeTable(app: INestApplication): RouteRow[] {
  const rows: RouteRow[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => unknown) | null;
      if (controller === null || typeof controller !== 'function') continue;
      const prefix = (Reflect.getMetadata(PATH_METADATA, controller) as string | undefined) ?? '';
      const prototype = controller.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const handler = prototype[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const path = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
        if (path === undefined) continue;
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
        const isPublic =
          Reflect.getMetadata(PUBLIC_KEY, handler) ?? Reflect.getMetadata(PUBLIC_KEY, controller);
        const roles = (Reflect.getMetadata(ROLES_KEY, handler) ??
          Reflect.getMetadata(ROLES_KEY, controller) ??
          []) as Role[];
        const route = joinPath(prefix, path);
        rows.push({
          method,
          path: route,
          roles: isPublic === true ? 'public' : [...roles].sort(),
          scope: scopeOf(route, Reflect.getMetadata(NARROWED_KEY, handler)),
        });
      }
    }
  }
  return rows.sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
}

/** The README's table: `| METHOD | /path | role, role | scope |` rows between the route markers. */
export function readmeRouteTable(readme: string): RouteRow[] {
  const section = readme.split('<!-- routes:start -->')[1]?.split('<!-- routes:end -->')[0] ?? '';
  return section
    .split('\n')
    .map((line) =>
      /^\|\s*(GET|POST|PATCH|PUT|DELETE)\s*\|\s*`([^`]+)`\s*\|\s*([^|]+)\|\s*([^|]+)\|/.exec(line),
    )
    .filter((match): match is RegExpExecArray => match !== null)
    .map(([, method, path, roles, scope]): RouteRow => {
      const listed = (roles as string).trim();
      const admitted = listed.split(',').map((role) => role.trim()) as Role[];
      return {
        method: method as string,
        path: path as string,
        roles: listed === 'public' ? 'public' : admitted.sort(),
        scope: (scope as string).trim() as RouteScope,
      };
    })
    .sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
}
