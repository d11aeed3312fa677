import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { SERVICE_CHANNELS, SERVICE_REQUEST_KINDS } from '@ledger/domain';

export class OpenServiceRequestDto {
  @ApiPropertyOptional({
    example: 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f',
    description: 'generated when absent',
  })
  @IsOptional()
  @IsUUID()
  requestId?: string;

  @ApiProperty({ enum: SERVICE_REQUEST_KINDS, example: 'complaint' })
  @IsIn(SERVICE_REQUEST_KINDS)
  kind!: (typeof SERVICE_REQUEST_KINDS)[number];

  @ApiProperty({ enum: SERVICE_CHANNELS, example: 'phone' })
  @IsIn(SERVICE_CHANNELS)
  channel!: (typeof SERVICE_CHANNELS)[number];

  @ApiProperty({ example: 'card statement shows a duplicated fee' })
  @IsString()
  @Length(1, 2000)
  description!: string;

  @ApiPropertyOptional({ example: '2026-11-24T11:00:00Z' })
  @IsOptional()
  @IsISO8601({ strict: true })
  openedAt?: string;
}
