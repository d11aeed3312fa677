import { type Aggregate, type Actor, decidedBy, type StoredEventShape } from '@ledger/domain';

/**
 * A test-only aggregate: a safe-deposit locker, rented once by a named holder. It exists to show
 * that a new aggregate needs no change to the command path: a category, a decider, a fold.
 */
export type RentLocker = {
  type: 'RentLocker';
  lockerId: string;
  customerId: string;
  holderName: string;
  actor: Actor;
  now: string;
};
export type LockerRented = {
  type: 'LockerRented';
  schemaVersion: 1;
  data: { lockerId: string; customerId: string; holderName: string; rentedAt: string };
};
export type LockerState = { rentedBy: string | null; rentals: number };

export class LockerAlreadyRented extends Error {
  readonly code = 'LOCKER_ALREADY_RENTED';
  readonly kind = 'conflict';
}

/** Personal fields of the locker's events, for the encrypting store. */
export const LOCKER_PERSONAL_FIELDS = { LockerRented: ['holderName'] } as const;

export const lockerAggregate: Aggregate<RentLocker, LockerRented, LockerState> = {
  category: 'locker',
  idOf: (command) => command.lockerId,
  initialState: () => ({ rentedBy: null, rentals: 0 }),
  evolve: (state, event) => ({ rentedBy: event.data.customerId, rentals: state.rentals + 1 }),
  decide: (command, state) => {
    if (state.rentedBy !== null) throw new LockerAlreadyRented(`locker ${command.lockerId} is rented`);
    const { lockerId, customerId, holderName } = command;
    const rented: LockerRented = {
      type: 'LockerRented',
      schemaVersion: 1,
      data: { lockerId, customerId, holderName, rentedAt: command.now },
    };
    return decidedBy([rented], command.actor, (event) => event.data.rentedAt);
  },
  eventOf: (recorded: StoredEventShape) =>
    recorded.type === 'LockerRented' ? (recorded as unknown as LockerRented) : null,
};
