import {
  type CustomerCommand,
  type CustomerEvent,
  decide,
  DEFAULT_POLICIES,
  DomainError,
  type DomainErrorCode,
  type DomainPolicies,
  evolveAll,
} from '../src';

type ErrorClass = abstract new (...args: never[]) => DomainError;

export type DeciderThen = {
  /** The command records exactly these events. */
  then(expected: CustomerEvent[]): void;
  /** The command is refused with this error class or code. */
  thenThrows(expected: ErrorClass | DomainErrorCode): DomainError;
  /** The recorded events, for assertions on parts of them. */
  events(): CustomerEvent[];
};

/**
 * given(history).when(command).then(events) / .thenThrows(error): the decider specification of
 * emmett's DeciderSpecification, over decide/evolve.
 */
export function given(history: CustomerEvent[] = [], policies: DomainPolicies = DEFAULT_POLICIES) {
  return {
    when(command: CustomerCommand): DeciderThen {
      const run = () => decide(command, evolveAll(history), policies);
      return {
        then(expected) {
          expect(run()).toEqual(expected);
        },
        thenThrows(expected) {
          let thrown: unknown;
          try {
            run();
          } catch (error) {
            thrown = error;
          }
          expect(thrown).toBeInstanceOf(DomainError);
          const error = thrown as DomainError;
          if (typeof expected === 'string') expect(error.code).toBe(expected);
          else expect(error).toBeInstanceOf(expected);
          return error;
        },
        events: run,
      };
    },
  };
}
