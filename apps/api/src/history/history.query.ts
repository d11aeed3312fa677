import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, Length } from 'class-validator';
import { CUSTOMER_EVENT_TYPES } from '@ledger/domain';
import { IsCustomerEventTypeList } from '../common/event-types.validator';
import { PageQuery } from '../common/page.query';

/** The history route's filters (ADR 0033); paging counts the events that pass them. */
export class HistoryQuery extends PageQuery {
  @ApiPropertyOptional({
    example: '2026-03-01T00:00:00Z',
    description: "only the events that had happened by this business time (each item's occurredAt)",
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  asOf?: string;

  @ApiPropertyOptional({
    example: '2026-06-30T00:00:00Z',
    description: "only the events the ledger had recorded by this time (each item's recordedAt)",
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  knownAt?: string;

  @ApiPropertyOptional({
    example: 'ContactLogged,TierReassessed',
    description: `comma-separated event types, each one of ${CUSTOMER_EVENT_TYPES.join(', ')}`,
  })
  @IsOptional()
  @IsCustomerEventTypeList()
  types?: string;

  @ApiPropertyOptional({ example: 'rm-li', description: 'only the events attributed to this actor id' })
  @IsOptional()
  @IsString()
  @Length(1, 128)
  actor?: string;
}
