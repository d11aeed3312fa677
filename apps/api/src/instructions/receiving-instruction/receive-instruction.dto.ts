import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsDefined,
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  ValidateNested,
} from 'class-validator';
import {
  INSTRUCTION_CHANNELS,
  INSTRUCTION_SIDES,
  type InstructionChannel,
  type InstructionSide,
  PRODUCT_TYPES,
  type ProductType,
} from '@ledger/domain';
import { HOLDING_ID_EXAMPLE, IsHoldingId } from '../../common/holding-id';
import { MoneyDto } from '../../common/money.dto';
import { INSTRUCTION_ID_EXAMPLE } from '../instruction-id.params';

export class ReceiveInstructionDto {
  @ApiPropertyOptional({ example: INSTRUCTION_ID_EXAMPLE, description: 'generated when absent' })
  @IsOptional()
  @IsUUID()
  instructionId?: string;

  @ApiProperty({ example: '0b9c6a52-3f0e-4a8e-9d7e-5f1c2b3a4d5e', description: 'a corporate customer' })
  @IsUUID()
  customerId!: string;

  @ApiProperty({
    enum: INSTRUCTION_CHANNELS,
    description: 'written → seal verification, phone → phone authorisation',
  })
  @IsIn(INSTRUCTION_CHANNELS)
  channel!: InstructionChannel;

  @ApiProperty({ example: 'WM-115D-5.1', description: 'the product code dealt in' })
  @IsString()
  @Length(1, 64)
  product!: string;

  @ApiProperty({ enum: PRODUCT_TYPES, example: 'wealth' })
  @IsIn(PRODUCT_TYPES)
  productType!: ProductType;

  @ApiProperty({ enum: INSTRUCTION_SIDES })
  @IsIn(INSTRUCTION_SIDES)
  side!: InstructionSide;

  @ApiProperty({ type: MoneyDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => MoneyDto)
  amount!: MoneyDto;

  @ApiPropertyOptional({
    example: HOLDING_ID_EXAMPLE,
    description:
      'the holding a sell redeems (required for a sell, refused for a buy: 422 INSTRUCTION_HOLDING_MISMATCH)',
  })
  @IsOptional()
  @IsHoldingId()
  holdingId?: string;

  @ApiPropertyOptional({ example: '2026-11-24T09:00:00Z' })
  @IsOptional()
  @IsISO8601({ strict: true })
  receivedAt?: string;
}
