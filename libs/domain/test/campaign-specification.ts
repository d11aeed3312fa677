import {
  type CampaignCommand,
  type CampaignEvent,
  campaignAggregate,
  DEFAULT_POLICIES,
  DomainError,
  type DomainErrorCode,
  type DomainPolicies,
} from '../src';

type ErrorClass = abstract new (...args: never[]) => DomainError;

/** given(history).when(command).then(events) / .thenThrows(error), over the campaign aggregate. */
export function givenCampaign(history: CampaignEvent[] = [], policies: DomainPolicies = DEFAULT_POLICIES) {
  return {
    when(command: CampaignCommand) {
      const run = () => {
        const state = history.reduce(campaignAggregate.evolve, campaignAggregate.initialState());
        return campaignAggregate.decide(command, state, policies).map(({ event }) => event);
      };
      return {
        then(expected: CampaignEvent[]) {
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
  };
}
