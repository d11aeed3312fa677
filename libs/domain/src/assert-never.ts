/** Exhaustiveness check for switches over unions: adding a member without a case fails to compile. */
export function assertNever(value: never): never {
  throw new Error(`unhandled variant: ${JSON.stringify(value)}`);
}
