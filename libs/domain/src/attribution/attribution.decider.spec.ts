import { specificationOf } from '../../test/aggregate-specification';
import type { Actor } from '../actor';
import { attributionAggregate } from './attribution.aggregate';
import type { AttributeHolding, ClaimantFacts, ReleaseHoldingAttribution } from './attribution.commands';
import type { HoldingAttributed, HoldingAttributionReleased } from './attribution.events';

const RM: Actor = { id: 'rm-li', role: 'relationship-manager' };
const NOW = '2026-12-07T09:00:00.000Z';
/** The policy default: a claim whose win was never recorded is abandoned after 300 s. */
const JUST_BEFORE = '2026-12-07T09:04:59.999Z';
const ABANDONED = '2026-12-07T09:05:00.000Z';
const given = specificationOf(attributionAggregate);

const holding = { customerId: 'c-1', holdingId: 'h-1' };
const attribute = (
  opportunityId: string,
  claimant: ClaimantFacts | null = null,
  now = NOW,
): AttributeHolding => ({
  type: 'AttributeHolding',
  ...holding,
  opportunityId,
  claimant,
  actor: RM,
  now,
});
const release = (opportunityId: string): ReleaseHoldingAttribution => ({
  type: 'ReleaseHoldingAttribution',
  ...holding,
  opportunityId,
  actor: RM,
  now: NOW,
});
const attributed = (opportunityId: string): HoldingAttributed => ({
  type: 'HoldingAttributed',
  schemaVersion: 1,
  data: { ...holding, opportunityId, attributedAt: NOW },
});
const released = (opportunityId: string): HoldingAttributionReleased => ({
  type: 'HoldingAttributionReleased',
  schemaVersion: 1,
  data: { opportunityId, releasedAt: NOW },
});
const claimant = (facts: Partial<ClaimantFacts> = {}): ClaimantFacts => ({
  opportunityId: 'o-1',
  wonWith: null,
  lost: false,
  ...facts,
});

describe('crediting a holding to the opportunity it won', () => {
  it('claims an unclaimed holding, and one whose earlier win was released', () => {
    given([])
      .when(attribute('o-1'))
      .then([attributed('o-1')]);
    given([attributed('o-1'), released('o-1')])
      .when(attribute('o-2'))
      .then([attributed('o-2')]);
  });

  it('records nothing for a retry of the same win', () => {
    given([attributed('o-1')])
      .when(attribute('o-1'))
      .then([]);
  });

  it('refuses a second opportunity the holding would also win (HOLDING_ALREADY_CREDITED)', () => {
    given([attributed('o-1')])
      .when(attribute('o-2'))
      .thenThrows('HOLDING_ALREADY_CREDITED');
    given([attributed('o-1')])
      .when(attribute('o-2', claimant({ wonWith: 'h-1' }), ABANDONED))
      .thenThrows('HOLDING_ALREADY_CREDITED');
  });

  it('lets a claim go whose opportunity was lost instead of won', () => {
    given([attributed('o-1')])
      .when(attribute('o-2', claimant({ lost: true })))
      .then([attributed('o-2')]);
  });

  it('takes over a claim whose win never got recorded once the policy time has passed, not a moment before', () => {
    given([attributed('o-1')])
      .when(attribute('o-2', claimant(), JUST_BEFORE))
      .thenThrows('HOLDING_ALREADY_CREDITED');
    given([attributed('o-1')])
      .when(attribute('o-2', claimant(), ABANDONED))
      .then([{ ...attributed('o-2'), data: { ...attributed('o-2').data, attributedAt: ABANDONED } }]);
  });

  it('judges only facts about the very claimant', () => {
    given([attributed('o-1')])
      .when(attribute('o-2', claimant({ opportunityId: 'o-9', lost: true })))
      .thenThrows('HOLDING_ALREADY_CREDITED');
  });

  it('releases only its own claim', () => {
    given([attributed('o-1')])
      .when(release('o-1'))
      .then([released('o-1')]);
    given([attributed('o-2')])
      .when(release('o-1'))
      .then([]);
  });
});
