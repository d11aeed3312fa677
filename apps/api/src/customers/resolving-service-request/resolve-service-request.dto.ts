import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, Length } from 'class-validator';

export class ResolveServiceRequestDto {
  @ApiProperty({ example: 'fee refunded; statement corrected' })
  @IsString()
  @Length(1, 2000)
  resolution!: string;

  @ApiPropertyOptional({
    example: '2026-11-24T11:45:00Z',
    description: 'first response; defaults to resolvedAt',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  respondedAt?: string;

  @ApiPropertyOptional({ example: '2026-11-24T15:00:00Z' })
  @IsOptional()
  @IsISO8601({ strict: true })
  resolvedAt?: string;
}
