import {
  addDays,
  CONTACT_CHANNELS,
  DAY_MS,
  EDUCATION_LEVELS,
  LIABILITY_PRODUCT_TYPES,
  money,
  RISK_PROFILES,
} from '@ledger/domain';
import type { Action } from './agenda';
import { iso } from './business-time';
import type { CustomerAgent, Step } from './customer-agent';
import { corporatePerson, INTERESTS, OCCUPATIONS, retailPerson } from './people';

/** Yearly rates of the lifecycle's rarer moments. */
const RATES = { profileUpdate: 0.12, reassignment: 0.06, offboarding: 0.035 } as const;

/** Initial financial assets in yuan: most customers modest, a few affluent, very few private-banking. */
function initialWealth(agent: CustomerAgent): number {
  const { rng } = agent;
  if (agent.segment === 'corporate') return Math.exp(rng.normal(Math.log(6_000_000), 1));
  const band = rng.weighted({ modest: 93, affluent: 6.5, private: 0.5 });
  const median = band === 'modest' ? 45_000 : band === 'affluent' ? 800_000 : 8_000_000;
  return Math.exp(rng.normal(Math.log(median), band === 'modest' ? 1.2 : 0.7));
}

export function onboard(agent: CustomerAgent, action: Action): Step[] {
  const { rng, branch } = agent;
  const onboardedAt = action.at;
  const person =
    agent.segment === 'retail'
      ? retailPerson(rng, branch.region, iso(onboardedAt).slice(0, 10))
      : corporatePerson(rng, branch.city, branch.region);
  agent.wealth = initialWealth(agent);
  const relationshipManagerId = rng.pick(branch.relationshipManagers);
  const { birthDate, email, occupation, ...identity } = person;
  return [
    agent.command(
      'OnboardCustomer',
      onboardedAt,
      {
        segment: agent.segment,
        ...identity,
        ...(email !== undefined && { email }),
        ...(birthDate !== undefined && { birthDate }),
        occupation,
        branchId: branch.branchId,
        relationshipManagerId,
        consent: { marketing: rng.chance(0.6), profiling: true },
        onboardedAt: iso(onboardedAt),
      },
      agent.world.directory.manager(relationshipManagerId),
    ),
  ];
}

/** Schedules the lifecycle's own moments once the customer is onboarded. */
export function planLifecycle(agent: CustomerAgent, onboardedAt: number): void {
  agent.planEvery('profile-update', onboardedAt, RATES.profileUpdate);
  agent.planEvery('reassign', onboardedAt, RATES.reassignment);
  agent.planEvery('offboard', onboardedAt, RATES.offboarding);
}

export function updateProfile(agent: CustomerAgent, action: Action): Step[] {
  const { rng } = agent;
  agent.planEvery('profile-update', action.at, RATES.profileUpdate);
  const change = rng.weighted({
    riskProfile: 3,
    preferredChannel: 3,
    interests: 2,
    occupation: 1,
    education: 1,
    expectedReturn: 1,
    correction: 2,
  });
  if (change === 'correction') return correctBirthDate(agent, action);
  if (change === 'education')
    return [agent.command('UpdateCustomerProfile', action.at, { education: rng.pick(EDUCATION_LEVELS) })];
  if (change === 'expectedReturn')
    return [agent.command('UpdateCustomerProfile', action.at, { expectedReturn: rng.int(2, 8) / 100 })];
  const body =
    change === 'riskProfile'
      ? { riskProfile: rng.pick(RISK_PROFILES) }
      : change === 'preferredChannel'
        ? { preferredChannel: rng.pick(CONTACT_CHANNELS) }
        : change === 'interests'
          ? {
              interests: [rng.pick(INTERESTS), rng.pick(INTERESTS)].filter(
                (x, i, all) => all.indexOf(x) === i,
              ),
            }
          : { occupation: rng.pick(OCCUPATIONS) };
  return [agent.command('UpdateCustomerProfile', action.at, body)];
}

/** Seed 003 更正: the birth date was typed a day off at onboarding, found at the counter. */
function correctBirthDate(agent: CustomerAgent, action: Action): Step[] {
  const birthDate = agent.customer?.birthDate ?? null;
  if (birthDate === null) return [];
  return [
    agent.command('CorrectPersonalData', action.at, {
      corrections: { birthDate: addDays(birthDate, agent.rng.chance(0.5) ? 1 : -1) },
      reason: '柜面核对身份证件，出生日期录入有误',
    }),
  ];
}

export function reassign(agent: CustomerAgent, action: Action): Step[] {
  const { rng } = agent;
  agent.planEvery('reassign', action.at, RATES.reassignment);
  const current = agent.customer?.relationshipManagerId;
  const others = agent.branch.relationshipManagers.filter((id) => id !== current);
  if (others.length === 0) return [];
  const reason = rng.pick(['客户经理岗位调整', '客户经理离职', '客户组合再平衡', '客户要求更换']);
  return [
    agent.command('AssignRelationshipManager', action.at, {
      relationshipManagerId: rng.pick(others),
      reason,
    }),
  ];
}

export function offboard(agent: CustomerAgent, action: Action): Step[] {
  const { rng } = agent;
  const reasons =
    agent.segment === 'corporate'
      ? ['企业注销', '转至他行', '业务迁出本地']
      : ['转至他行', '移居海外', '长期不活跃销户', '客户主动销户'];
  agent.agenda.clear();
  // Some former customers later ask for their personal data to be erased (executed after retention).
  if (rng.chance(0.15)) agent.plan('erasure-request', action.at + rng.int(30, 400) * DAY_MS);
  // 赢回流失客户: a few return after a win-back call, well inside retention.
  else if (rng.chance(0.5)) agent.plan('win-back', action.at + rng.int(10, 90) * DAY_MS);
  // A bank closes the relationship only after every product is redeemed or repaid: nothing is held after it.
  return [
    ...redeemEverything(agent, action.at),
    agent.command('OffboardCustomer', action.at, { reason: rng.pick(reasons), at: iso(action.at) }),
  ];
}

/** Early redemption at the principal (a loan repaid, a card cancelled: no proceeds). */
function redeemEverything(agent: CustomerAgent, at: number): Step[] {
  const holdings = Object.values(agent.customer?.holdings ?? {}).filter((h) => h.status === 'active');
  return holdings.map((holding) =>
    agent.command('RecordMaturity', at, {
      holdingId: holding.holdingId,
      proceeds: LIABILITY_PRODUCT_TYPES.includes(holding.productType) ? money(0) : holding.principal,
      maturedAt: iso(at),
    }),
  );
}

/** The customer is back: the lifecycle starts again (its holdings were kept). */
export function winBack(agent: CustomerAgent, action: Action): Step[] {
  if (agent.customer?.status !== 'offboarded') return [];
  planLifecycle(agent, action.at);
  return [agent.command('ReactivateCustomer', action.at, { reason: '客户经理回访后恢复业务关系' })];
}

export function requestErasure(agent: CustomerAgent, action: Action): Step[] {
  const admin = agent.world.directory.operations;
  return [
    agent.command('RequestPersonalDataErasure', action.at, { reason: '客户依法申请删除个人信息' }, admin),
  ];
}
