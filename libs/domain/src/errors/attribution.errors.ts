import { DomainError } from './domain-error';

/** One subscription credits one opportunity: the holding already won another. */
export class HoldingAlreadyCredited extends DomainError {
  constructor(holdingId: string, opportunityId: string) {
    super('HOLDING_ALREADY_CREDITED', `holding ${holdingId} already won opportunity ${opportunityId}`, {
      holdingId,
      opportunityId,
    });
  }
}
