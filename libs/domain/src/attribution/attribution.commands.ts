import type { Actor } from '../actor';

/** What the api knows of the opportunity the register names, loaded from that opportunity's stream. */
export type ClaimantFacts = { opportunityId: string; wonWith: string | null; lost: boolean };

/** Claim the holding for the opportunity being won. */
export type AttributeHolding = {
  type: 'AttributeHolding';
  customerId: string;
  holdingId: string;
  opportunityId: string;
  /** The current claimant's facts, when the register names another opportunity. */
  claimant: ClaimantFacts | null;
  actor: Actor;
  now: string;
};

/** Undo a claim whose win was refused. */
export type ReleaseHoldingAttribution = {
  type: 'ReleaseHoldingAttribution';
  customerId: string;
  holdingId: string;
  opportunityId: string;
  actor: Actor;
  now: string;
};

export type AttributionCommand = AttributeHolding | ReleaseHoldingAttribution;

/** The register's stream id: a holding id is the customer's own, so the customer names it too. */
export function attributionKey(command: { customerId: string; holdingId: string }): string {
  return `${command.customerId}.${command.holdingId}`;
}
