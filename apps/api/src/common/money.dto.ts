import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

/** Money on the wire: a decimal string and an ISO 4217 code. Events hold integer minor units. */
export class MoneyDto {
  @ApiProperty({ example: '250000.00', description: 'non-negative decimal string, at most 2 decimals' })
  @Matches(/^\d{1,13}(\.\d{1,2})?$/, {
    message: 'amount must be a non-negative decimal string like "250000.00"',
  })
  amount!: string;

  @ApiProperty({ example: 'CNY' })
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code like "CNY"' })
  currency!: string;
}

export interface Money {
  amountMinor: number;
  currency: string;
}

/** "250000.5" → 25000050, exactly: no floating-point on the way. */
export function toMinorUnits(money: MoneyDto): Money {
  const [whole = '0', fraction = ''] = money.amount.split('.');
  return { amountMinor: Number(whole) * 100 + Number(fraction.padEnd(2, '0')), currency: money.currency };
}
