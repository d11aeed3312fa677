import type {
  ContactChannel,
  Customer,
  LatestContribution,
  FlagWindow,
  MiningFlag,
  Segment,
  Tier,
  TierDirection,
} from '@ledger/domain';
import type { ReadDocument } from '@ledger/read-store';
import type { CustomerSearchKeys } from './search-keys';
import type { RecentContact } from './recent-contacts';

/** The logical collection (alias) the 360 view is read from; one document per customer. */
export const CUSTOMERS = 'customers';

export const TIER_HISTORY_LENGTH = 10;

/** One tier change, newest first in `tierHistory`; the full trail is the tier audit. */
export type TierChange = {
  eventId: string;
  reviewId: string | null;
  fromTier: Tier;
  toTier: Tier;
  direction: TierDirection;
  override: boolean;
  decidedBy: string;
  effectiveAt: string;
};

/** The two states the API shows: anything after offboarding (restricted, erased) reads as offboarded. */
export type ViewStatus = 'active' | 'offboarded';

/**
 * What list queries filter on: facts derived when an event is folded, never judgments about
 * today. Time-dependent filters compare them with the query's `now` (see customer-filters.ts).
 */
export type Customer360Keys = {
  segment: Segment;
  tier: Tier;
  relationshipManagerId: string;
  status: ViewStatus;
  /** 'YYYY-MM-DD'; null without a cadence or once offboarded. */
  nextContactDue: string | null;
  /** The latest subscription, contact or onboarding: dormancy is measured from it. */
  lastActivityAt: string;
  /** Business dates on which active holdings mature. */
  maturityDates: string[];
  /** The instants the lifecycle stage changes: GROWING from, MATURE from, SENIOR strictly after. */
  growingFrom: string;
  matureFrom: string;
  seniorAfter: string;
  /** When each mining flag's rules hold if no event follows (ADR 0023): `?flag=` asks which holds at `now`. */
  flagWindows: FlagWindowKey[];
  /** The flags with any window, each once: the equality index `?flag=` narrows by before its windows. */
  flagNames: MiningFlag[];
  /**
   * When the relationship ended, while the customer is offboarded and could be won back (no
   * erasure requested); null otherwise. `?status=offboarded&offboardedWithin=` ranges over it.
   */
  winBackFrom: string | null;
};

export type FlagWindowKey = Pick<FlagWindow, 'flag' | 'from' | 'until'>;

export type Customer360Document = ReadDocument &
  Customer360Keys &
  CustomerSearchKeys & {
    _id: string;
    /** The domain's own state, folded by its evolve: tier, holdings, contacts and erasure follow decide's rules. */
    customer: Customer;
    tierHistory: TierChange[];
    contactsByChannel: Record<ContactChannel, number>;
    /** The last contacts with their notes (policy customer360.recentContacts), sealed as personal data. */
    recentContacts: RecentContact[];
    /** The view state trims contributions; the advantage decile needs the latest one (ADR 0028). */
    latestContribution: LatestContribution | null;
    /** The branch (never changes after onboarding) and, while active, the latest contribution: the decile ranking's keys. */
    branchId: string;
    contributionMinor: number | null;
    /** The stream revision and global position of the last event the document reflects. */
    revision: number;
    position: string;
  };
