import { DAY_MS, isCalendarDate, type Segment } from '@ledger/domain';
import type { EventStore, EventToAppend } from '@ledger/event-store';
import type { Action } from './agenda';
import { README_MANAGER } from './bank-directory';
import { dayOf, iso } from './business-time';
import { type Behaviour, type Body, CustomerAgent, type SeedWorld, type Step } from './customer-agent';
import { corporatePerson, personBornOn } from './people';

/** One scripted step: days before `today` (fractions are hours), the command and its body. */
type Scripted = { daysAgo: number } & (
  | { type: 'OnboardCustomer'; body: Body<'OnboardCustomer'> }
  | { type: 'RevalueAssets'; body: Body<'RevalueAssets'> }
  | { type: 'SubscribeProduct'; body: Body<'SubscribeProduct'> }
  | { type: 'LogContact'; body: Body<'LogContact'> }
);

/** Runs the script as the agent's actions, each through decide on the folded state. */
function scripted(steps: readonly Scripted[]): Behaviour {
  return {
    act(agent: CustomerAgent, action: Action): Step[] {
      const step = steps[Number(action.ref)];
      const manager = agent.world.directory.manager(README_MANAGER);
      return step === undefined ? [] : [agent.command(step.type, action.at, step.body as never, manager)];
    },
    react(): void {},
  };
}

const at = (today: number, daysAgo: number) => today - daysAgo * DAY_MS + 2 * 60 * 60 * 1000;

/**
 * The README's manager (`rm-li`) gets a book with something to do tomorrow morning (issue 22):
 * a time deposit maturing tomorrow, a birthday tomorrow (with marketing consent), and a key
 * corporate customer whose weekly call is overdue. Everything else of rm-li's book is generated.
 * Scripts keep the book's rules: valued before the first product, holdings below the valuation.
 */
export async function seedShowcase(
  store: EventStore,
  world: SeedWorld,
  seed: number,
  firstIndex: number,
): Promise<{ agents: CustomerAgent[]; written: Record<string, number> }> {
  const today = dayOf(world.until);
  const tomorrow = iso(today + DAY_MS).slice(0, 10);
  const branch = world.directory.branches[0]!;
  const agents: CustomerAgent[] = [];
  const written: Record<string, number> = {};
  const scripts = showcaseScripts(today, tomorrow, branch);
  for (const [offset, { segment, build }] of scripts.entries()) {
    const agent = new CustomerAgent(firstIndex + offset, seed, world, segment);
    agent.agenda.clear();
    const steps = build(agent);
    steps.forEach((step, i) =>
      agent.agenda.add({ at: at(today, step.daysAgo), kind: 'contact', ref: String(i) }),
    );
    const recorded: EventToAppend[] = agent.runUntil(today, scripted(steps));
    await store.append(`customer-${agent.customerId}`, recorded, { streamState: 'no_stream' });
    for (const event of recorded) written[event.type] = (written[event.type] ?? 0) + 1;
    agents.push(agent);
  }
  return { agents, written };
}

type Branch = SeedWorld['directory']['branches'][number];

function showcaseScripts(
  today: number,
  tomorrow: string,
  branch: Branch,
): { segment: Segment; build: (agent: CustomerAgent) => Scripted[] }[] {
  const yuan = (amount: number) => ({ amountMinor: amount * 100, currency: 'CNY' });
  const onboarding = (agent: CustomerAgent, daysAgo: number, person: ReturnType<typeof corporatePerson>) => {
    const { birthDate, email, occupation, ...identity } = person;
    return {
      daysAgo,
      type: 'OnboardCustomer' as const,
      body: {
        segment: agent.segment,
        ...identity,
        ...(email !== undefined && { email }),
        ...(birthDate !== undefined && { birthDate }),
        occupation,
        branchId: branch.branchId,
        relationshipManagerId: README_MANAGER,
        consent: { marketing: true },
        onboardedAt: iso(at(today, daysAgo)),
      },
    };
  };
  const contact = (agent: CustomerAgent, daysAgo: number, purpose: string): Scripted => ({
    daysAgo,
    type: 'LogContact',
    body: {
      contactId: agent.rng.uuid(),
      channel: 'phone',
      purpose,
      priority: 3,
      outcome: '已联系，客户表示满意',
      relationshipManagerId: README_MANAGER,
      occurredAt: iso(at(today, daysAgo)),
    },
  });
  const valuation = (daysAgo: number, amount: number): Scripted => ({
    daysAgo,
    type: 'RevalueAssets',
    body: { totalFinancialAssets: yuan(amount), asOf: iso(at(today, daysAgo)) },
  });
  return [
    // 王建国: a 12-month time deposit of 300,000 that matures tomorrow; called ten days ago.
    {
      segment: 'retail',
      build: (agent) => {
        const born = '1968-05-16';
        const opened = Date.parse(`${addYears(tomorrow, -1)}T02:00:00.000Z`);
        const daysAgo = Math.round((today - dayOf(opened)) / DAY_MS);
        return [
          onboarding(
            agent,
            daysAgo + 30,
            personBornOn(
              agent.rng,
              branch.region,
              born,
              ['王', 'wang'],
              [
                ['建', 'jian'],
                ['国', 'guo'],
              ],
            ),
          ),
          valuation(daysAgo + 28, 420_000),
          {
            daysAgo,
            type: 'SubscribeProduct',
            body: {
              holdingId: `TD-${tomorrow.slice(0, 4)}-000101`,
              productCode: 'TD-12M-CNY',
              productType: 'time-deposit',
              principal: yuan(300_000),
              openedAt: iso(at(today, daysAgo)),
              maturityDate: tomorrow,
            },
          },
          contact(agent, 10, '例行回访'),
        ];
      },
    },
    // 陈秀英: her birthday is tomorrow (the greeting is due today); a deposit of 60,000.
    {
      segment: 'retail',
      build: (agent) => {
        const born = `1975-${tomorrow.slice(5) === '02-29' ? '02-28' : tomorrow.slice(5)}`;
        return [
          onboarding(
            agent,
            400,
            personBornOn(
              agent.rng,
              branch.region,
              born,
              ['陈', 'chen'],
              [
                ['秀', 'xiu'],
                ['英', 'ying'],
              ],
            ),
          ),
          valuation(398, 80_000),
          {
            daysAgo: 390,
            type: 'SubscribeProduct',
            body: {
              holdingId: `DD-${iso(at(today, 390)).slice(0, 4)}-000102`,
              productCode: 'DD-CNY',
              productType: 'deposit',
              principal: yuan(60_000),
              openedAt: iso(at(today, 390)),
            },
          },
          valuation(40, 95_000),
          contact(agent, 20, '例行回访'),
        ];
      },
    },
    // A corporate customer valued at 3,000,000 (called weekly), last called twelve days ago: overdue.
    {
      segment: 'corporate',
      build: (agent) => {
        const company = {
          ...corporatePerson(agent.rng, branch.city, branch.region),
          name: `${branch.city}鼎盛贸易有限公司`,
        };
        return [
          onboarding(agent, 200, company),
          valuation(198, 3_000_000),
          {
            daysAgo: 190,
            type: 'SubscribeProduct',
            body: {
              holdingId: `TD-${iso(at(today, 190)).slice(0, 4)}-000103`,
              productCode: 'TD-36M-CNY',
              productType: 'time-deposit',
              principal: yuan(1_500_000),
              openedAt: iso(at(today, 190)),
              maturityDate: addYears(iso(at(today, 190)).slice(0, 10), 3),
            },
          },
          contact(agent, 12, '例行回访'),
        ];
      },
    },
  ];
}

/** The same day `years` later; 29 February becomes the 28th in a common year. */
function addYears(date: string, years: number): string {
  const moved = `${Number(date.slice(0, 4)) + years}${date.slice(4, 10)}`;
  return isCalendarDate(moved) ? moved : moved.replace(/-29$/, '-28');
}
