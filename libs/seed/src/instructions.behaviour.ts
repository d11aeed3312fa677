import {
  type Customer,
  DEFAULT_POLICIES,
  type InstructionCommand,
  type InstructionCustomerFacts,
  instructionAggregate,
  money,
} from '@ledger/domain';
import type { EventStore, EventToAppend } from '@ledger/event-store';
import { Rng } from './prng';
import { envelope } from './vip-events.behaviour';

const SPECIALIST = { id: 'ws-zhou', role: 'wealth-specialist' };
const HOUR_MS = 3_600_000;

/**
 * Three client instructions at the end of the story (ADR 0029), one per active corporate customer,
 * each stopped where seed 000's flowchart says "no": a written order whose seal does not match (no
 * specimen lodged), a phone order from a caller with no authorisation on file, and one the client
 * withdrew (a timeout would fall after the log's last day: the api's sweep records those). The
 * demo's instructions read model and its KPIs then show aborts by reason.
 */
export async function seedInstructions(
  store: EventStore,
  customers: readonly (Customer | null)[],
  seed: number,
  at: string,
): Promise<Record<string, number>> {
  const rng = new Rng(seed, 5_000_011);
  const corporates = customers
    .filter(
      (customer): customer is Customer => customer?.status === 'active' && customer.segment === 'corporate',
    )
    .slice(0, 3);
  const end = Date.parse(at);
  const written: Record<string, number> = {};
  for (const [index, customer] of corporates.entries()) {
    const instructionId = rng.uuid();
    const facts = factsOf(customer);
    const receivedAt = new Date(end - (index + 1) * HOUR_MS).toISOString();
    const by = (now: string) => ({ instructionId, actor: SPECIALIST, now });
    const channel = index === 1 ? 'phone' : 'written';
    const commands: InstructionCommand[] = [
      {
        ...by(receivedAt),
        type: 'ReceiveInstruction',
        customerId: customer.customerId,
        customer: facts,
        channel,
        product: 'WM-180D-STABLE',
        productType: 'wealth',
        side: 'buy',
        amount: money(rng.int(50, 500) * 10_000_00),
      },
      index === 0
        ? { ...by(at), type: 'VerifySeal', matches: false, customer: facts }
        : index === 1
          ? { ...by(at), type: 'VerifyPhoneAuthorisation', caller: '财务部 李女士', customer: facts }
          : { ...by(at), type: 'AbortInstruction', note: '客户撤回指示' },
    ];
    let state = instructionAggregate.initialState();
    const events: EventToAppend[] = [];
    for (const command of commands)
      for (const decided of instructionAggregate.decide(command, state, DEFAULT_POLICIES)) {
        state = instructionAggregate.evolve(state, decided.event);
        events.push(envelope(decided, rng));
        written[decided.event.type] = (written[decided.event.type] ?? 0) + 1;
      }
    await store.append(`instruction-${instructionId}`, events, { streamState: 'no_stream' });
  }
  return written;
}

function factsOf(customer: Customer): InstructionCustomerFacts {
  return {
    customerId: customer.customerId,
    segment: customer.segment,
    active: customer.status === 'active',
    relationshipManagerId: customer.relationshipManagerId,
    branchId: customer.branchId,
    sealSpecimen: customer.dealing.sealSpecimen,
    phoneAuthorisation: customer.dealing.phoneAuthorisation,
    creditFacility: customer.dealing.creditFacility,
    activeHoldingIds: Object.values(customer.holdings)
      .filter((holding) => holding.status === 'active')
      .map((holding) => holding.holdingId),
  };
}
