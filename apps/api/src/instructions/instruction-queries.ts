import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { INSTRUCTION_STEPS, type InstructionStatus, type InstructionStep } from '@ledger/domain';
import { ConsistencyQuery } from '../queries/query-params';

const STATUSES = ['open', 'confirmed', 'aborted'] as const;

/** The book a list or its KPIs cover: one manager's customers, or one branch's (narrowed by scope). */
class InstructionBookQuery extends ConsistencyQuery {
  @ApiPropertyOptional({ example: 'rm-li', description: "the customers' relationship manager" })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  relationshipManagerId?: string;

  @ApiPropertyOptional({ example: 'branch-sh-01' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  branchId?: string;
}

export class ListInstructionsQuery extends InstructionBookQuery {
  @ApiPropertyOptional({ example: '0b9c6a52-3f0e-4a8e-9d7e-5f1c2b3a4d5e' })
  @IsOptional()
  @IsUUID()
  customerId?: string;

  @ApiPropertyOptional({ enum: STATUSES })
  @IsOptional()
  @IsIn(STATUSES)
  status?: InstructionStatus;

  @ApiPropertyOptional({ enum: INSTRUCTION_STEPS, description: 'open instructions waiting for this step' })
  @IsOptional()
  @IsIn(INSTRUCTION_STEPS)
  step?: InstructionStep;
}

export class InstructionKpisQuery extends InstructionBookQuery {
  @ApiPropertyOptional({ example: '2026-11-01T00:00:00Z', description: 'received at or after' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-01T00:00:00Z', description: 'received before' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;
}
