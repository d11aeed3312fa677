import type { DomainPolicies, TargetView } from '@ledger/domain';
import type { StreamChunk } from '@ledger/event-store';
import { CUSTOMERS, type Customer360Document, customer360Projection, present } from '../customer-360';
import { targetViewOf } from './target-view';

/**
 * Every customer's target facts in the log as it stood at a position, judged at `now`: the 360
 * projection's own evolve folded over each customer's events (`readByStream({ upTo })`), so a
 * launch and an auditor's later recomputation read exactly the same state.
 */
export async function targetViewsAt(
  chunks: AsyncIterable<StreamChunk>,
  now: string,
  policies: DomainPolicies,
): Promise<TargetView[]> {
  const { documentIds, evolve } = customer360Projection(policies);
  const views: TargetView[] = [];
  let stream: string | null = null;
  let document: Customer360Document | null = null;
  const flush = () => {
    if (document !== null) views.push(targetViewOf(present(document, now, policies), document.customer));
  };
  for await (const chunk of chunks) {
    if (chunk.stream !== stream) {
      flush();
      stream = chunk.stream;
      document = null;
    }
    for (const event of chunk.events)
      for (const { collection, id } of documentIds(event))
        if (collection === CUSTOMERS) document = evolve(document, event, collection, id);
  }
  flush();
  return views;
}
