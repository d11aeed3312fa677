import {
  type AggregateCommand,
  DEFAULT_POLICIES,
  DomainError,
  type DomainErrorCode,
  type DomainEvent,
  type Aggregate,
  type DomainPolicies,
} from '../src';

type ErrorClass = abstract new (...args: never[]) => DomainError;

/**
 * given(history).when(command).then(events) / .thenThrows(error) for any aggregate value: the
 * history is folded with its `evolve`, the command judged by its `decide`.
 */
export function specificationOf<C extends AggregateCommand, E extends DomainEvent, S>(
  aggregate: Aggregate<C, E, S>,
  policies: DomainPolicies = DEFAULT_POLICIES,
) {
  return (history: E[] = []) => ({
    when(command: C) {
      const run = () =>
        aggregate
          .decide(command, history.reduce(aggregate.evolve, aggregate.initialState()), policies)
          .map((decided) => decided.event);
      return {
        then(expected: E[]): void {
          expect(run()).toEqual(expected);
        },
        thenThrows(expected: ErrorClass | DomainErrorCode): DomainError {
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
  });
}
