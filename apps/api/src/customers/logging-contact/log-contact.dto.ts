import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { CONTACT_CHANNELS } from '@ledger/domain';
import { HOLDING_ID_EXAMPLE, IsHoldingId } from '../../common/holding-id';

export class LogContactDto {
  @ApiProperty({ enum: CONTACT_CHANNELS, example: 'phone' })
  @IsIn(CONTACT_CHANNELS)
  channel!: (typeof CONTACT_CHANNELS)[number];

  @ApiProperty({
    example: 'maturity',
    description: '"maturity" answers every maturity call on the worklist; other purposes are free text',
  })
  @IsString()
  @Length(1, 200)
  purpose!: string;

  @ApiPropertyOptional({
    example: HOLDING_ID_EXAMPLE,
    description: "the holding the contact was about: it answers that holding's maturity call",
  })
  @IsOptional()
  @IsHoldingId()
  holdingId?: string;

  @ApiProperty({ example: 'customer will roll over into a 12-month deposit' })
  @IsString()
  @Length(1, 500)
  outcome!: string;

  @ApiPropertyOptional({ example: 'prefers calls after 18:00' })
  @IsOptional()
  @IsString()
  @Length(0, 2000)
  notes?: string;

  @ApiProperty({ example: 'rm-li' })
  @IsString()
  @Length(1, 64)
  relationshipManagerId!: string;

  @ApiPropertyOptional({ example: '2026-11-24T10:30:00Z' })
  @IsOptional()
  @IsISO8601({ strict: true })
  occurredAt?: string;

  @ApiPropertyOptional({
    example: 1,
    description: '1 (maturity, large movement) to 3 (routine); defaults to 3',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(3)
  priority?: 1 | 2 | 3;
}
