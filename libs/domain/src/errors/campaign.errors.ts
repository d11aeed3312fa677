import { DomainError } from './domain-error';

export class CampaignNotFound extends DomainError {
  constructor(campaignId: string) {
    super('CAMPAIGN_NOT_FOUND', `campaign ${campaignId} has not been planned`, { campaignId });
  }
}

export class CampaignAlreadyPlanned extends DomainError {
  constructor(campaignId: string) {
    super('CAMPAIGN_ALREADY_PLANNED', `campaign ${campaignId} is already planned`, { campaignId });
  }
}

export class CampaignAlreadyLaunched extends DomainError {
  constructor(campaignId: string) {
    super('CAMPAIGN_ALREADY_LAUNCHED', `campaign ${campaignId} is already launched`, { campaignId });
  }
}

export class CampaignAlreadyClosed extends DomainError {
  constructor(campaignId: string) {
    super('CAMPAIGN_ALREADY_CLOSED', `campaign ${campaignId} is closed`, { campaignId });
  }
}

/** The rule failed to parse outside the API's validation (which answers 400 naming the term). */
export class InvalidTargetRule extends DomainError {
  constructor(field: string, problem: string) {
    super('INVALID_TARGET_RULE', `${field}: ${problem}`, { field });
  }
}

export class CampaignWindowOrder extends DomainError {
  constructor(campaignId: string) {
    super('CAMPAIGN_WINDOW_ORDER', `campaign ${campaignId}: window.to must be after window.from`, {
      campaignId,
    });
  }
}

/** A launch after the window has ended would target customers who can no longer convert. */
export class CampaignWindowEnded extends DomainError {
  constructor(campaignId: string, to: string) {
    super('CAMPAIGN_WINDOW_ENDED', `campaign ${campaignId} ended at ${to}`, { campaignId, to });
  }
}

/** A contact may name only a launched campaign (`status`: not-planned or planned). */
export class CampaignNotLaunched extends DomainError {
  constructor(campaignId: string, status: string) {
    super(
      'CAMPAIGN_NOT_LAUNCHED',
      `campaign ${campaignId} is ${status}: contacts may name only a launched campaign`,
      {
        campaignId,
        status,
      },
    );
  }
}

/** After closure no contact is attributed to the campaign. */
export class CampaignClosedToContacts extends DomainError {
  constructor(campaignId: string) {
    super('CAMPAIGN_CLOSED', `campaign ${campaignId} is closed: contacts may no longer name it`, {
      campaignId,
    });
  }
}

/** Only the frozen target list may be contacted under a campaign. */
export class CustomerNotTargeted extends DomainError {
  constructor(campaignId: string, customerId: string) {
    super('CUSTOMER_NOT_TARGETED', `customer ${customerId} is not a target of campaign ${campaignId}`, {
      campaignId,
      customerId,
    });
  }
}

/** A frozen target who has since withdrawn marketing consent may not be contacted under the campaign. */
export class MarketingConsentWithdrawn extends DomainError {
  constructor(campaignId: string, customerId: string) {
    super(
      'MARKETING_CONSENT_WITHDRAWN',
      `customer ${customerId} has withdrawn marketing consent: contacts may not name campaign ${campaignId}`,
      { campaignId, customerId },
    );
  }
}
