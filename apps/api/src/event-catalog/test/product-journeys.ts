import {
  type Actor,
  decideProduct,
  evolveProduct,
  initialProductState,
  money,
  type ProductCommand,
  type ProductEvent,
} from '@ledger/domain';

const PM: Actor = { id: 'pm-sun', role: 'product-manager' };
const at = (date: string) => ({ actor: PM, now: `${date}T09:00:00.000Z` });

/** Two products taken through every product command, so the decider emits every product event. */
export function productJourneys(): ProductCommand[] {
  return [
    {
      ...at('2026-11-01'),
      type: 'LaunchProduct',
      code: 'WM-2026-001',
      name: '稳健一年期理财',
      productType: 'wealth',
      riskLevel: 'PR2',
      currency: 'CNY',
      minimumAmount: money(1_000_000),
      saleOpensOn: '2026-11-10',
      saleClosesOn: '2026-11-20',
      term: 12,
      expectedReturn: 0.032,
      targetRule: { all: [{ field: 'tier', in: ['WEALTH', 'PRIVATE'] }] },
    },
    { ...at('2026-11-15'), type: 'CloseProductSale', code: 'WM-2026-001', reason: 'quota sold out' },
    {
      ...at('2026-11-01'),
      type: 'LaunchProduct',
      code: 'TD-3M-CNY',
      name: '三个月定期',
      productType: 'time-deposit',
      riskLevel: 'PR1',
      currency: 'CNY',
      minimumAmount: money(5_000),
      saleOpensOn: '2026-11-01',
      saleClosesOn: '2026-12-31',
    },
    { ...at('2026-11-20'), type: 'WithdrawProduct', code: 'TD-3M-CNY', reason: 'rate change' },
  ];
}

/** Each command decided on its product's state so far. */
export function productEventsOf(commands: readonly ProductCommand[]): ProductEvent[] {
  const states = new Map<string, ReturnType<typeof initialProductState>>();
  return commands.flatMap((command) => {
    const events = decideProduct(command, states.get(command.code) ?? initialProductState());
    states.set(command.code, events.reduce(evolveProduct, states.get(command.code) ?? initialProductState()));
    return events;
  });
}
