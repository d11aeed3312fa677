import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Caller as CallerType } from './roles';

/** The verified caller of the current request (set by AuthGuard). */
export const CurrentCaller = createParamDecorator((_: unknown, context: ExecutionContext): CallerType => {
  const request = context.switchToHttp().getRequest<{ caller?: CallerType }>();
  if (request.caller === undefined) throw new Error('CurrentCaller used on a route without AuthGuard');
  return request.caller;
});
