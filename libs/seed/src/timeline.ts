import type { CustomerAgent } from './customer-agent';

/**
 * Customers by the business time of their next action (a binary min-heap), ties by index, so the
 * ledger is written in business-time order, as a bank's log would be.
 */
export class Timeline {
  private readonly heap: CustomerAgent[] = [];

  get size(): number {
    return this.heap.length;
  }

  get next(): number {
    return this.heap[0]?.agenda.next ?? Number.POSITIVE_INFINITY;
  }

  push(agent: CustomerAgent): void {
    if (agent.agenda.next === Number.POSITIVE_INFINITY) return;
    const heap = this.heap;
    heap.push(agent);
    for (let i = heap.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      if (!before(heap[i]!, heap[parent]!)) break;
      [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
      i = parent;
    }
  }

  /** Removes and returns the customer whose next action comes first. */
  pop(): CustomerAgent | undefined {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (top === undefined || last === undefined || heap.length === 0) return top;
    heap[0] = last;
    for (let i = 0; ;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < heap.length && before(heap[left]!, heap[smallest]!)) smallest = left;
      if (right < heap.length && before(heap[right]!, heap[smallest]!)) smallest = right;
      if (smallest === i) break;
      [heap[i], heap[smallest]] = [heap[smallest]!, heap[i]!];
      i = smallest;
    }
    return top;
  }
}

function before(a: CustomerAgent, b: CustomerAgent): boolean {
  const at = a.agenda.next - b.agenda.next;
  return at < 0 || (at === 0 && a.index < b.index);
}
