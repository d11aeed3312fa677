import { DomainError } from './domain-error';

export class VipEventNotFound extends DomainError {
  constructor(vipEventId: string) {
    super('VIP_EVENT_NOT_FOUND', `VIP event ${vipEventId} has not been scheduled`, { vipEventId });
  }
}

export class VipEventAlreadyScheduled extends DomainError {
  constructor(vipEventId: string) {
    super('VIP_EVENT_ALREADY_SCHEDULED', `VIP event ${vipEventId} is already scheduled`, { vipEventId });
  }
}

export class VipEventCancelledError extends DomainError {
  constructor(vipEventId: string) {
    super('VIP_EVENT_CANCELLED', `VIP event ${vipEventId} is cancelled`, { vipEventId });
  }
}

/** Scheduling a day gone, inviting to or cancelling an event already held. */
export class VipEventDatePassed extends DomainError {
  constructor(vipEventId: string, date: string) {
    super('VIP_EVENT_DATE_PASSED', `VIP event ${vipEventId} is on ${date}, which has passed`, {
      vipEventId,
      date,
    });
  }
}

/** Attendance is recorded on the event's day or after, never before it. */
export class VipEventNotHeldYet extends DomainError {
  constructor(vipEventId: string, date: string) {
    super('VIP_EVENT_NOT_HELD_YET', `VIP event ${vipEventId} is held on ${date}`, { vipEventId, date });
  }
}

/** `why`: unknown (never onboarded) or offboarded. */
export class GuestNotActive extends DomainError {
  constructor(customerId: string, why: 'unknown' | 'offboarded') {
    super('GUEST_NOT_ACTIVE', `customer ${customerId} cannot be invited: ${why}`, { customerId, why });
  }
}

/** An invitation is marketing (ADR 0024): none without the customer's marketing consent. */
export class GuestWithoutMarketingConsent extends DomainError {
  constructor(customerId: string) {
    super('NO_MARKETING_CONSENT', `customer ${customerId} has not consented to marketing`, { customerId });
  }
}

export class GuestNotInvited extends DomainError {
  constructor(vipEventId: string, customerId: string) {
    super('GUEST_NOT_INVITED', `customer ${customerId} is not on the guest list of VIP event ${vipEventId}`, {
      vipEventId,
      customerId,
    });
  }
}
