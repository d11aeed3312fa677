import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  type AttributeHolding,
  attributionKey,
  attributionAggregate,
  type AttributionState,
  type ClaimantFacts,
  isOpened,
  opportunityAggregate,
  type OpportunityState,
  type ReleaseHoldingAttribution,
} from '@ledger/domain';
import { WrongExpectedRevision } from '@ledger/event-store';
import { AggregateRepository } from '../../command-path/aggregate-repository';
import type { CommandRequest } from '../../command-path/command-request.decorator';
import { Decision } from '../../command-path/decision';
import { unkeyed } from '../../command-path/unkeyed';

type Holding = { customerId: string; holdingId: string };

/**
 * One holding credits one opportunity: an `attribution-<customerId>.<holdingId>` register claimed
 * before the win is appended, at the revision read, as the idNumber register is (ADR 0025).
 */
@Injectable()
export class HoldingAttribution {
  constructor(
    private readonly bus: CommandBus,
    private readonly repository: AggregateRepository,
  ) {}

  /** Claims the holding for the opportunity, or throws HoldingAlreadyCredited naming the other. */
  async claim(holding: Holding, opportunityId: string, request: CommandRequest): Promise<void> {
    try {
      await this.claimAt(holding, opportunityId, request);
    } catch (error) {
      // A concurrent win claimed it first: judged again on what that win recorded.
      if (!(error instanceof WrongExpectedRevision)) throw error;
      await this.claimAt(holding, opportunityId, request);
    }
  }

  /** Frees the holding again after the opportunity's win was refused. */
  async release(holding: Holding, opportunityId: string, request: CommandRequest): Promise<void> {
    const fields = { type: 'ReleaseHoldingAttribution', ...holding, opportunityId } as const;
    await this.bus.execute(
      Decision.of<ReleaseHoldingAttribution>(attributionAggregate, fields, unkeyed(request)),
    );
  }

  private async claimAt(holding: Holding, opportunityId: string, request: CommandRequest): Promise<void> {
    const claimant = await this.claimantFacts(holding, opportunityId, request);
    const fields = { type: 'AttributeHolding', ...holding, opportunityId, claimant } as const;
    await this.bus.execute(Decision.of<AttributeHolding>(attributionAggregate, fields, unkeyed(request)));
  }

  /** Facts about the opportunity holding the claim, from its own stream; the decider judges them. */
  private async claimantFacts(
    holding: Holding,
    opportunityId: string,
    request: CommandRequest,
  ): Promise<ClaimantFacts | null> {
    const { correlationId } = request.context;
    const register = await this.repository.load<AttributionState>(
      attributionAggregate,
      attributionKey(holding),
      {
        correlationId,
      },
    );
    if (!('folded' in register)) return null;
    const claimant = register.folded.state.opportunityId;
    if (claimant === null || claimant === opportunityId) return null;
    const loaded = await this.repository.load<OpportunityState>(opportunityAggregate, claimant, {
      correlationId,
    });
    const state = 'folded' in loaded ? loaded.folded.state : null;
    const opened = state !== null && isOpened(state) ? state : null;
    return { opportunityId: claimant, wonWith: opened?.wonWith ?? null, lost: opened?.status === 'lost' };
  }
}
