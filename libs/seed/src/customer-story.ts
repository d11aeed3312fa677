import { type CustomerEvent, DAY_MS, HOUR_MS, lookup, nextBirthday, nextContactDue } from '@ledger/domain';
import type { Action } from './agenda';
import { iso } from './business-time';
import type { Behaviour, CustomerAgent, Step } from './customer-agent';
import { mature, recordContribution, revalue, subscribe } from './holdings.behaviour';
import {
  offboard,
  onboard,
  planLifecycle,
  reassign,
  requestErasure,
  updateProfile,
  winBack,
} from './lifecycle.behaviour';
import {
  contact,
  openServiceRequest,
  planRoutineContact,
  resolveServiceRequest,
} from './relationship.behaviour';
import { expireReview, openReview, voteOnReview } from './reviews.behaviour';

/** Birthday care goes to customers with at least this much (minor units). */
const BIRTHDAY_CARE_FROM_MINOR = 200_000_00;

function act(agent: CustomerAgent, action: Action): Step[] {
  // After offboarding only an erasure request or a win-back may still come.
  const afterwards = action.kind === 'erasure-request' || action.kind === 'win-back';
  if (action.kind !== 'onboard' && agent.customer?.status !== 'active' && !afterwards) return [];
  switch (action.kind) {
    case 'onboard':
      return onboard(agent, action);
    case 'subscribe':
      return subscribe(agent, action);
    case 'mature':
      return mature(agent, action);
    case 'valuation':
      return revalue(agent, action);
    case 'contribution':
      return recordContribution(agent, action);
    case 'contact':
      return contact(agent, action);
    case 'maturity-reminder': {
      const holding =
        action.ref === undefined ? undefined : lookup(agent.customer?.holdings ?? {}, action.ref);
      // The call names the holding: only that answers its maturity item on the worklist.
      return holding?.status === 'active'
        ? contact(agent, { ...action, ref: 'maturity' }, holding.holdingId)
        : [];
    }
    case 'birthday': {
      const assets = agent.customer?.totalFinancialAssets.amountMinor ?? 0;
      if (assets >= BIRTHDAY_CARE_FROM_MINOR && agent.rng.chance(0.7))
        return contact(agent, { ...action, ref: 'birthday' });
      agent.plan('birthday', action.at + 365 * DAY_MS);
      return [];
    }
    case 'service-request':
      return openServiceRequest(agent, action);
    case 'resolve-request':
      return resolveServiceRequest(agent, action);
    case 'open-review':
      return openReview(agent, action);
    case 'vote-review':
      return voteOnReview(agent, action);
    case 'expire-review':
      return expireReview(agent, action);
    case 'profile-update':
      return updateProfile(agent, action);
    case 'reassign':
      return reassign(agent, action);
    case 'offboard':
      return offboard(agent, action);
    case 'win-back':
      return winBack(agent, action);
    case 'erasure-request':
      return agent.customer?.status === 'offboarded' ? requestErasure(agent, action) : [];
  }
}

/** Everything a new customer's story holds, planned from the day it joins. */
function planStory(agent: CustomerAgent, joined: number, birthDate: string | undefined): void {
  const { rng } = agent;
  // Valued first, so products are bought from assets the bank has seen (holdings never exceed them).
  agent.plan('valuation', joined + rng.int(1, 3) * DAY_MS);
  agent.plan('subscribe', joined + rng.int(4, 14) * DAY_MS);
  agent.planEvery('service-request', joined, 0.25);
  planLifecycle(agent, joined);
  if (agent.segment === 'corporate') agent.plan('contribution', joined + rng.int(10, 40) * DAY_MS);
  const birthday = nextBirthday(birthDate ?? null, iso(joined).slice(0, 10));
  if (birthday !== null) agent.plan('birthday', Date.parse(birthday) - rng.int(1, 7) * DAY_MS);
}

function react(agent: CustomerAgent, events: readonly CustomerEvent[], action: Action): void {
  const { rng } = agent;
  for (const event of events) {
    if (event.type === 'CustomerOnboarded') planStory(agent, action.at, event.data.birthDate);
    if (event.type !== 'AssetsRevalued') continue;
    // Routine contacts follow the cadence of the assets, known from the first valuation on; a
    // valuation that brings the due day forward brings the planned call forward too.
    const due = agent.customer === null ? null : nextContactDue(agent.customer);
    if (!agent.routineContacts)
      planRoutineContact(agent, action.at, due === null ? undefined : Date.parse(due));
    else if (due !== null && !agent.lapsing && agent.nextRoutineAt >= Date.parse(due))
      planRoutineContact(agent, action.at, Date.parse(due));
    agent.routineContacts = true;
    // The worklist asks for a same-day call after a large movement; most managers make it.
    if (event.data.largeMovement !== null && rng.chance(0.85)) {
      agent.agenda.add({ at: action.at + rng.int(1, 4) * HOUR_MS, kind: 'contact', ref: 'large-movement' });
    }
    const assets = event.data.totalFinancialAssets.amountMinor;
    if (agent.segment === 'retail' && assets >= 80_000_00 && rng.chance(0.04)) {
      agent.plan('open-review', action.at + rng.int(5, 30) * DAY_MS);
    }
  }
}

/** The generator's customers: retail and corporate stories built from the behaviours beside this file. */
export const customerStory: Behaviour = { act, react };
