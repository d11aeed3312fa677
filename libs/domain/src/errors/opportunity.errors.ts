import { DomainError } from './domain-error';

/** Also what an opportunity outside the actor's pipeline answers: nothing is disclosed (ADR 0015). */
export class OpportunityNotFound extends DomainError {
  constructor(opportunityId: string) {
    super('OPPORTUNITY_NOT_FOUND', `opportunity ${opportunityId} does not exist`, { opportunityId });
  }
}

export class OpportunityAlreadyOpened extends DomainError {
  constructor(opportunityId: string) {
    super('OPPORTUNITY_ALREADY_OPENED', `opportunity ${opportunityId} is already open`, { opportunityId });
  }
}

/** Won and lost are terminal. */
export class OpportunityClosed extends DomainError {
  constructor(opportunityId: string, status: 'won' | 'lost') {
    super('OPPORTUNITY_CLOSED', `opportunity ${opportunityId} is already ${status}`, {
      opportunityId,
      status,
    });
  }
}

/** A campaign names its campaign, and only a campaign does. */
export class OpportunityCampaignMismatch extends DomainError {
  constructor(source: string, hasCampaignId: boolean) {
    super(
      'OPPORTUNITY_CAMPAIGN_MISMATCH',
      hasCampaignId
        ? `campaignId is only for source campaign, not ${source}`
        : 'an opportunity from a campaign names its campaignId',
      { field: 'campaignId', source },
    );
  }
}

/** A relationship manager opens opportunities in its own pipeline. */
export class OpportunityOwnerNotActor extends DomainError {
  constructor(owner: string, actorId: string) {
    super('OPPORTUNITY_OWNER_NOT_ACTOR', `a relationship manager opens opportunities as their own owner`, {
      field: 'owner',
      owner,
      actor: actorId,
    });
  }
}

/** Stages run forward through seed 001's steps; a step may be skipped, never repeated or undone. */
export class OpportunityStageNotForward extends DomainError {
  constructor(from: string, to: string) {
    super('OPPORTUNITY_STAGE_NOT_FORWARD', `an opportunity at ${from} cannot move to ${to}`, { from, to });
  }
}

/** The holding a win names is not one of the opportunity's customer's subscriptions. */
export class OpportunityHoldingNotCustomers extends DomainError {
  constructor(holdingId: string, customerId: string) {
    super(
      'OPPORTUNITY_HOLDING_NOT_CUSTOMERS',
      `holding ${holdingId} is not a holding of customer ${customerId}`,
      {
        holdingId,
        customerId,
      },
    );
  }
}

export class OpportunityProductMismatch extends DomainError {
  constructor(holdingId: string, expected: string, actual: string) {
    super(
      'OPPORTUNITY_PRODUCT_MISMATCH',
      `holding ${holdingId} is of product ${actual}, the opportunity is for ${expected}`,
      { holdingId, expected, actual },
    );
  }
}

/** A subscription made before the opportunity opened is not its conversion. */
export class OpportunityHoldingBeforeOpening extends DomainError {
  constructor(holdingId: string, holdingOpenedAt: string, opportunityOpenedAt: string) {
    super('OPPORTUNITY_HOLDING_BEFORE_OPENING', `holding ${holdingId} was opened before the opportunity`, {
      holdingId,
      holdingOpenedAt,
      opportunityOpenedAt,
    });
  }
}

/** Business times of an opportunity run forward from its opening. */
export class OpportunityTimeBeforeOpening extends DomainError {
  constructor(field: string, openedAt: string) {
    super('OPPORTUNITY_TIME_BEFORE_OPENING', `${field} is before the opportunity opened (${openedAt})`, {
      field,
      openedAt,
    });
  }
}
