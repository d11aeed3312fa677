import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { INSTRUCTION_STEPS, type InstructionStatus, type InstructionStep } from '@ledger/domain';
import { ConsistencyQuery } from '../queries/query-params';

const STATUSES = ['open', 'confirmed', 'aborted'] as const;

export class ListInstructionsQuery extends ConsistencyQuery {
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

export class InstructionKpisQuery extends ConsistencyQuery {
  @ApiPropertyOptional({ example: '2026-11-01T00:00:00Z', description: 'received at or after' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-01T00:00:00Z', description: 'received before' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;

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
