import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export const OPPORTUNITY_ID_EXAMPLE = '7d3f1e2a-9b4c-4d5e-8f60-1a2b3c4d5e6f';

export class OpportunityIdParams {
  @ApiProperty({ example: OPPORTUNITY_ID_EXAMPLE })
  @IsUUID()
  id!: string;
}
