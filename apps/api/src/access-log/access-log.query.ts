import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { PageQuery } from '../common/page.query';

export class AccessLogQuery extends PageQuery {
  @ApiPropertyOptional({
    description: 'reads of this customer (a list read counts for each customer it showed)',
  })
  @IsOptional()
  @IsUUID()
  customerId?: string;

  @ApiPropertyOptional({ example: 'rm-li', description: "the reader: the token's sub" })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  actor?: string;

  @ApiPropertyOptional({
    example: '2026-11-24T00:00:00Z',
    description: 'from (inclusive); defaults to the start of `to`’s day',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ example: '2026-11-24T23:59:59Z', description: 'to (inclusive); defaults to now' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;
}
