import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

/** The bank's product code: 1–64 letters, digits, '.', '_' or '-' (it names the stream `product-<code>`). */
export const PRODUCT_CODE_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;

export class ProductCodeParams {
  @ApiProperty({ example: 'WM-2026-001' })
  @Matches(PRODUCT_CODE_PATTERN, { message: "code must be 1-64 letters, digits, '.', '_' or '-'" })
  code!: string;
}
