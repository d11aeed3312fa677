import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsUUID } from 'class-validator';
import { RELATED_PARTY_RELATIONS, type RelatedPartyRelation } from '@ledger/domain';

export class LinkRelatedPartyDto {
  @ApiProperty({ example: '5e4d3c2b-1a09-4f8e-9d7c-6b5a4e3d2c1b', description: 'the retail customer' })
  @IsUUID()
  personId!: string;

  @ApiProperty({ enum: RELATED_PARTY_RELATIONS, example: 'payroll-employee' })
  @IsIn(RELATED_PARTY_RELATIONS)
  relation!: RelatedPartyRelation;

  @ApiPropertyOptional({ example: '2026-12-07T09:00:00Z', description: 'defaults to now' })
  @IsOptional()
  @IsISO8601({ strict: true })
  linkedAt?: string;
}
