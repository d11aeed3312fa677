import {
  cadenceAssetsMinor,
  type ContactChannel,
  contactIntervalDays,
  type ContactPriority,
  DAY_MS,
  HOUR_MS,
} from '@ledger/domain';
import type { Action } from './agenda';
import { iso } from './business-time';
import type { CustomerAgent, Step } from './customer-agent';

/** Service requests a customer opens a year; how often the first response and the fix are on time. */
const REQUESTS_PER_YEAR = 0.25;
const RESPONDS_IN_TIME = 0.88;
const RESOLVES_IN_TIME = 0.85;
/**
 * Most relationships keep the policy's cadence (the call comes 55–95% of the way to the due day);
 * a minority lapse, their manager falling 4–10 intervals behind: the overdue of a real book.
 */
export const LAPSING_RELATIONSHIPS = 0.1;
const CADENCE_KEPT = [0.55, 0.95] as const;
const CADENCE_SLIP = [4, 10] as const;

// prettier-ignore
const PURPOSES: Readonly<Record<string, { purpose: string; priority: ContactPriority }>> = {
  'maturity': { purpose: '产品到期提醒', priority: 1 },
  'large-movement': { purpose: '资产大额变动回访', priority: 1 },
  'birthday': { purpose: '生日关怀', priority: 2 },
  'routine': { purpose: '例行回访', priority: 3 },
  'market-news': { purpose: '市场资讯推送', priority: 3 },
};
const OUTCOMES = [
  '已联系，客户表示满意',
  '客户未接听，稍后再联系',
  '已预约面谈',
  '客户咨询理财产品',
  '客户暂无需求',
];
const NOTES = ['客户关注稳健型产品', '客户子女明年出国留学', '客户计划购房', '客户对收益率有疑问'];
const REQUESTS = [
  '咨询理财产品收益',
  '信用卡账单疑问',
  '转账到账延迟',
  '投诉网点排队时间过长',
  '手机银行无法登录',
];

/**
 * The next routine contact after `from`, before the cadence's due day (`due`, ms; by default a
 * whole interval after `from`), or about once in five years for a customer without a cadence. A
 * newer plan supersedes the one before it (a valuation that moves the customer up a band).
 */
export function planRoutineContact(agent: CustomerAgent, from: number, due?: number): void {
  const { rng } = agent;
  const customer = agent.customer;
  const interval = customer === null ? null : contactIntervalDays(cadenceAssetsMinor(customer));
  let at: number;
  if (interval === null) at = from + rng.daysUntil(0.2) * DAY_MS;
  else if (agent.lapsing) at = from + interval * rng.between(...CADENCE_SLIP) * DAY_MS;
  else {
    const by = Math.max(from, due ?? from + interval * DAY_MS);
    at = from + (by - from) * rng.between(...CADENCE_KEPT);
  }
  agent.routinePlan++;
  agent.nextRoutineAt = at;
  agent.plan('contact', at, { ref: rng.chance(0.7) ? 'routine' : 'market-news', also: agent.routinePlan });
}

/** A logged contact; `holdingId` names the holding a maturity call was about. */
export function contact(agent: CustomerAgent, action: Action, holdingId?: string): Step[] {
  const { rng } = agent;
  const kind = action.ref ?? 'routine';
  const routine = kind === 'routine' || kind === 'market-news';
  if (routine && action.also !== undefined && action.also !== agent.routinePlan) return []; // superseded
  if (routine) planRoutineContact(agent, action.at);
  if (kind === 'birthday') agent.plan('birthday', action.at + 365 * DAY_MS);
  const { purpose, priority } = PURPOSES[kind] ?? PURPOSES['routine']!;
  const manager = agent.manager;
  const byCallCentre = priority === 3 && rng.chance(0.3);
  const actor = byCallCentre ? rng.pick(agent.world.directory.callCentre) : manager;
  const channel = rng.weighted({ phone: 40, wechat: 25, sms: 15, visit: 12, email: 8 });
  return [
    agent.command(
      'LogContact',
      action.at,
      {
        contactId: rng.uuid(),
        channel: byCallCentre ? 'phone' : (channel as ContactChannel),
        purpose,
        ...(holdingId !== undefined && { holdingId }),
        priority,
        outcome: rng.pick(OUTCOMES),
        ...(rng.chance(0.3) && { notes: rng.pick(NOTES) }),
        relationshipManagerId: manager.id,
        occurredAt: iso(action.at),
      },
      actor,
    ),
  ];
}

/** Opens a request at any hour (the call centre never closes) and plans its resolution. */
export function openServiceRequest(agent: CustomerAgent, action: Action): Step[] {
  const { rng } = agent;
  agent.planEvery('service-request', action.at, REQUESTS_PER_YEAR);
  const openedAt = action.at + rng.int(-8, 12) * HOUR_MS;
  const respondedAt =
    openedAt + (rng.chance(RESPONDS_IN_TIME) ? rng.between(0.1, 1.9) : rng.between(2.1, 8)) * HOUR_MS;
  const resolvedAt = Math.max(
    respondedAt,
    openedAt + (rng.chance(RESOLVES_IN_TIME) ? rng.between(0.5, 23) : rng.between(25, 96)) * HOUR_MS,
  );
  const requestId = rng.uuid();
  agent.agenda.add({
    at: Math.round(resolvedAt),
    kind: 'resolve-request',
    ref: requestId,
    also: Math.round(respondedAt),
  });
  const channel = rng.weighted({ phone: 35, app: 25, branch: 20, wechat: 15, email: 5 });
  const actor = channel === 'branch' ? agent.manager : rng.pick(agent.world.directory.callCentre);
  return [
    agent.command(
      'OpenServiceRequest',
      openedAt,
      {
        requestId,
        kind: rng.chance(0.25) ? 'complaint' : 'inquiry',
        channel,
        description: rng.pick(REQUESTS),
        openedAt: iso(openedAt),
      },
      actor,
    ),
  ];
}

export function resolveServiceRequest(agent: CustomerAgent, action: Action): Step[] {
  const { ref, also } = action;
  if (ref === undefined || also === undefined) return [];
  const body = {
    requestId: ref,
    resolution: '已处理并回复客户',
    respondedAt: iso(also),
    resolvedAt: iso(action.at),
  };
  return [
    agent.command('ResolveServiceRequest', action.at, body, agent.rng.pick(agent.world.directory.callCentre)),
  ];
}
