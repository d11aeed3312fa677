/** What a customer's story does next; `ref` names the holding, request or review it is about. */
export type ActionKind =
  | 'onboard'
  | 'valuation'
  | 'subscribe'
  | 'mature'
  | 'maturity-reminder'
  | 'contact'
  | 'birthday'
  | 'service-request'
  | 'resolve-request'
  | 'contribution'
  | 'open-review'
  | 'vote-review'
  | 'expire-review'
  | 'profile-update'
  | 'reassign'
  | 'offboard'
  | 'win-back'
  | 'erasure-request';

export interface Action {
  /** Business time, ms since the epoch. */
  at: number;
  kind: ActionKind;
  ref?: string;
  /** A second time the action carries (a request's first response). */
  also?: number;
}

/** A customer's upcoming actions, earliest first; small (a handful), so insertion is a linear scan. */
export class Agenda {
  private readonly actions: Action[] = [];

  constructor(private readonly until: number) {}

  /** Adds the action unless it falls after the simulated period. */
  add(action: Action): void {
    if (!(action.at < this.until)) return;
    let i = this.actions.length;
    while (i > 0 && this.actions[i - 1]!.at > action.at) i--;
    this.actions.splice(i, 0, action);
  }

  get next(): number {
    return this.actions[0]?.at ?? Number.POSITIVE_INFINITY;
  }

  takeBefore(time: number): Action | undefined {
    return this.next < time ? this.actions.shift() : undefined;
  }

  clear(): void {
    this.actions.length = 0;
  }
}
