import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class CloseCampaignDto {
  @ApiProperty({ example: 'window over' })
  @IsString()
  @Length(1, 500)
  reason!: string;
}
