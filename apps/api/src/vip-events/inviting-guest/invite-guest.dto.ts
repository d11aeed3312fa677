import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsUUID } from 'class-validator';

export class InviteGuestDto {
  @ApiProperty({ example: '0b9c6a52-3f0e-4a8e-9d7e-5f1c2b3a4d5e' })
  @IsUUID()
  customerId!: string;

  @ApiPropertyOptional({ example: '2026-12-13T10:00:00Z' })
  @IsOptional()
  @IsISO8601({ strict: true })
  invitedAt?: string;
}

export class RecordAttendanceDto {
  @ApiProperty({ example: '0b9c6a52-3f0e-4a8e-9d7e-5f1c2b3a4d5e' })
  @IsUUID()
  customerId!: string;

  @ApiPropertyOptional({ example: '2026-12-20T19:30:00Z' })
  @IsOptional()
  @IsISO8601({ strict: true })
  attendedAt?: string;
}
