import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional } from 'class-validator';
import { HOLDING_ID_EXAMPLE, IsHoldingId } from '../../common/holding-id';

export class WinOpportunityDto {
  @ApiProperty({
    example: HOLDING_ID_EXAMPLE,
    description: "the customer's subscription (ProductSubscribed) that converted the opportunity",
  })
  @IsHoldingId()
  holdingId!: string;

  @ApiPropertyOptional({ example: '2026-11-28T15:00:00Z' })
  @IsOptional()
  @IsISO8601({ strict: true })
  wonAt?: string;
}
