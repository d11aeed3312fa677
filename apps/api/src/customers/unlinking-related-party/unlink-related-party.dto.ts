import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, IsUUID, Length } from 'class-validator';

export class RelatedPartyParams {
  @ApiProperty({ example: '0b9c6a52-3f0e-4a8e-9d7e-5f1c2b3a4d5e', description: 'the corporate client' })
  @IsUUID()
  id!: string;

  @ApiProperty({ example: '5e4d3c2b-1a09-4f8e-9d7c-6b5a4e3d2c1b' })
  @IsUUID()
  personId!: string;
}

export class UnlinkRelatedPartyDto {
  @ApiProperty({ example: 'left the company' })
  @IsString()
  @Length(1, 500)
  reason!: string;

  @ApiPropertyOptional({ example: '2026-12-07T09:00:00Z', description: 'defaults to now' })
  @IsOptional()
  @IsISO8601({ strict: true })
  unlinkedAt?: string;
}
