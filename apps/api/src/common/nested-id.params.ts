import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { CustomerIdParams } from './customer-id.params';
import { HOLDING_ID_EXAMPLE, IsHoldingId } from './holding-id';

export class HoldingParams extends CustomerIdParams {
  @ApiProperty({ example: HOLDING_ID_EXAMPLE })
  @IsHoldingId()
  holdingId!: string;
}

export class TierReviewParams extends CustomerIdParams {
  @ApiProperty({ example: '3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f' })
  @IsUUID()
  reviewId!: string;
}

export class ServiceRequestParams extends CustomerIdParams {
  @ApiProperty({ example: 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f' })
  @IsUUID()
  requestId!: string;
}
