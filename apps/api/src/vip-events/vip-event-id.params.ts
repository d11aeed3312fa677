import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export const VIP_EVENT_ID_EXAMPLE = '6a1f2e3d-4c5b-4a69-8e7d-0f1e2d3c4b5a';

export class VipEventIdParams {
  @ApiProperty({ example: VIP_EVENT_ID_EXAMPLE })
  @IsUUID()
  id!: string;
}
