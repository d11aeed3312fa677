import { get } from '../api';
import { el, field, formValues, input, replace, table } from '../dom';
import { hasRole, type Session } from '../session';

interface WorklistItem {
  customerId: string;
  /** 1 highest (seed 001: P1 maturities and large movements). */
  priority: number;
  reason: string;
  dueDate: string;
  relationshipManagerId: string;
  escalateToBranchHead: boolean;
  holdingId: string | null;
  productCode?: string;
  holiday?: string;
}

/** Today's calls by priority, then due date (the most overdue first), then reason. */
export function inCallOrder(items: readonly WorklistItem[]): WorklistItem[] {
  return [...items].sort(
    (a, b) =>
      a.priority - b.priority || a.dueDate.localeCompare(b.dueDate) || a.reason.localeCompare(b.reason),
  );
}

export async function renderWorklist(page: HTMLElement, session: Session): Promise<void> {
  const results = el('div');
  // A manager reads only its own list; others name the manager (a branch head: its branch by default).
  const choosesManager = hasRole(session, 'branch-head', 'call-center', 'admin');
  const form = el(
    'form',
    {
      class: 'filters',
      'data-testid': 'worklist-filters',
      onsubmit: (event: Event) => {
        event.preventDefault();
        void show(formValues(form)).catch((error: unknown) =>
          replace(
            results,
            el('p', { class: 'error' }, error instanceof Error ? error.message : String(error)),
          ),
        );
      },
    },
    field('Date', input('date', '', 'today', 'date')),
    choosesManager ? field('Manager', input('relationshipManagerId', '', 'rm-li')) : null,
    el('button', { type: 'submit' }, 'Show'),
  );
  async function show(filters: Record<string, string>): Promise<void> {
    const worklist = await get<{ date: string; items: WorklistItem[] }>('/worklist', filters);
    replace(
      results,
      el('p', {}, `${worklist.items.length} calls due on ${worklist.date}`),
      table(
        'worklist',
        ['Priority', 'Reason', 'Due', 'Customer', 'Manager', 'Escalate'],
        inCallOrder(worklist.items).map((item) => [
          `P${item.priority}`,
          [item.reason, item.productCode, item.holiday, item.holdingId]
            .filter((part) => part !== undefined && part !== null)
            .join(' · '),
          item.dueDate,
          el('a', { href: `#/customer/${item.customerId}` }, item.customerId),
          item.relationshipManagerId,
          item.escalateToBranchHead ? 'branch head' : '',
        ]),
      ),
    );
  }
  replace(page, el('h1', {}, 'Worklist'), form, results);
  await show({});
}
