import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsISO8601, IsString, Length, Matches } from 'class-validator';

export class SealVerificationDto {
  @ApiProperty({ description: "whether the instruction's seal matches the specimen on file (印鉴对吗?)" })
  @IsBoolean()
  matches!: boolean;
}

export class PhoneAuthorisationDto {
  @ApiProperty({ example: 'Zhang Wei', description: 'who phoned: checked against the authorisation on file' })
  @IsString()
  @Length(1, 100)
  caller!: string;
}

export class QuoteDto {
  @ApiProperty({ example: '1.0235', description: 'the quoted unit price, a positive decimal string' })
  @Matches(/^(?=.*[1-9])\d{1,12}(\.\d{1,8})?$/, {
    message: 'price must be a positive decimal string like "1.0235"',
  })
  price!: string;

  @ApiProperty({ example: '2026-11-24T10:00:00Z', description: 'the quote cannot be accepted after this' })
  @IsISO8601({ strict: true })
  validUntil!: string;
}

export class QuoteAcceptanceDto {
  @ApiProperty({ description: 'the client accepted the quote (客户接受吗?); false declines it and aborts' })
  @IsBoolean()
  accepted!: boolean;
}

export class CreditApprovalDto {
  @ApiProperty({ description: 'grant (true) or refuse (false, the instruction aborts)' })
  @IsBoolean()
  approved!: boolean;

  @ApiProperty({ example: 'secured by the client’s time deposit' })
  @IsString()
  @Length(1, 500)
  reason!: string;
}

export class FundsCheckDto {
  @ApiProperty({ description: "the client's funds are sufficient (客户资金OK?); false aborts" })
  @IsBoolean()
  sufficient!: boolean;
}

export class ConfirmationDto {
  @ApiProperty({ example: 'TC-2026-000123', description: 'the trade confirmation number (交易确认单)' })
  @Matches(/^[A-Za-z0-9._-]{1,64}$/, {
    message: 'confirmationNo must be 1-64 letters, digits, ".", "_" or "-"',
  })
  confirmationNo!: string;
}

export class AbortDto {
  @ApiProperty({ example: 'the client withdrew the instruction by phone' })
  @IsString()
  @Length(1, 500)
  note!: string;
}
