import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, Length } from 'class-validator';
import { PIPELINE_STAGES, type OpportunityStatus, type PipelineStage } from '@ledger/domain';
import { PIPELINE_GROUPS, type PipelineGroupBy } from '@ledger/projections/opportunity-pipeline';
import { ConsistencyQuery } from '../queries/query-params';

const STATUSES = ['open', 'won', 'lost'] as const;

/** Who and where: narrowed further by the caller's scope. */
class PipelineFilterQuery extends ConsistencyQuery {
  @ApiPropertyOptional({ example: 'rm-li', description: 'the relationship manager whose pipeline it is' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  owner?: string;

  @ApiPropertyOptional({ example: 'branch-sh-01' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  branchId?: string;
}

export class ListOpportunitiesQuery extends PipelineFilterQuery {
  @ApiPropertyOptional({ enum: PIPELINE_STAGES })
  @IsOptional()
  @IsIn(PIPELINE_STAGES)
  stage?: PipelineStage;

  @ApiPropertyOptional({ enum: STATUSES })
  @IsOptional()
  @IsIn(STATUSES)
  status?: OpportunityStatus;
}

export class PipelineSummaryQuery extends PipelineFilterQuery {
  @ApiPropertyOptional({ enum: PIPELINE_GROUPS, default: 'relationshipManager' })
  @IsOptional()
  @IsIn(PIPELINE_GROUPS)
  groupBy?: PipelineGroupBy;

  @ApiPropertyOptional({ example: '2026-11-01T00:00:00Z', description: 'opened at or after' })
  @IsOptional()
  @IsISO8601({ strict: true })
  openedFrom?: string;

  @ApiPropertyOptional({ example: '2026-12-01T00:00:00Z', description: 'opened before' })
  @IsOptional()
  @IsISO8601({ strict: true })
  openedBefore?: string;
}
