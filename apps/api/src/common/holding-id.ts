import { applyDecorators } from '@nestjs/common';
import { IsString, Matches } from 'class-validator';
import { HOLDING_ID_PATTERN } from '@ledger/domain';

/** A core-banking contract or account number (TD-2026-000123), or a UUID: see HOLDING_ID_PATTERN. */
export const HOLDING_ID_EXAMPLE = 'TD-2026-000123';

export function IsHoldingId(): PropertyDecorator {
  return applyDecorators(
    IsString(),
    Matches(HOLDING_ID_PATTERN, {
      message: '$property must be 1-64 letters, digits, ".", "_" or "-" (the bank\'s contract number)',
    }),
  );
}
