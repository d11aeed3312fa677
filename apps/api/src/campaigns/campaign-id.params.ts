import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class CampaignIdParams {
  @ApiProperty({ example: '5e0c1d2a-3b4c-4d5e-8f60-718293a4b5c6' })
  @IsUUID()
  id!: string;
}
