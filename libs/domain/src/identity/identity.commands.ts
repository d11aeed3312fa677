import type { Actor } from '../actor';

/** What the api knows of the customer the number is registered to, loaded from that customer's stream. */
export type HolderFacts = { customerId: string; onboarded: boolean };

/** Register the number (by its digest) to the customer being onboarded. */
export type RegisterIdNumber = {
  type: 'RegisterIdNumber';
  /** The keyed blind index of the normalised idNumber: the stream id. */
  index: string;
  customerId: string;
  /** The current holder's facts, when the register names one. */
  holder: HolderFacts | null;
  actor: Actor;
  now: string;
};

/** Why a number is freed: the onboarding or correction that claimed it was refused, or a correction replaced it. */
export type ReleaseReason = 'onboarding-refused' | 'correction-refused' | 'corrected';

/** Undo a registration whose onboarding was refused, or free the number a correction replaced. */
export type ReleaseIdNumber = {
  type: 'ReleaseIdNumber';
  index: string;
  customerId: string;
  reason: ReleaseReason;
  actor: Actor;
  now: string;
};

export type IdentityCommand = RegisterIdNumber | ReleaseIdNumber;
