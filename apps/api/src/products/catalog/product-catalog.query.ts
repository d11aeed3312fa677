import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { PRODUCT_TYPES, type ProductType } from '@ledger/domain';
import { ConsistencyQuery } from '../../queries/query-params';

export class ProductCatalogQueryDto extends ConsistencyQuery {
  @ApiPropertyOptional({ enum: PRODUCT_TYPES, example: 'wealth' })
  @IsOptional()
  @IsIn(PRODUCT_TYPES)
  type?: ProductType;

  @ApiPropertyOptional({ example: '2026-11-12', description: 'only products on sale on this day' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'openOn must be a day YYYY-MM-DD' })
  openOn?: string;
}

/** GET /products/:code?minPosition=: read once the catalog includes a command's write. */
export class ProductViewQueryDto {
  @ApiPropertyOptional({
    example: '1234',
    description: 'position from a command response; waits up to 5 s for it',
  })
  @IsOptional()
  @Matches(/^\d+(:\d+)?$/, { message: 'minPosition must be a position token' })
  minPosition?: string;
}
