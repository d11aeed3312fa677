import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { CAMPAIGN_RESPONSES, CONTACT_CHANNELS } from '@ledger/domain';
import { HOLDING_ID_EXAMPLE, IsHoldingId } from '../../common/holding-id';

/** The launched campaign a contact is made under, and the customer's response. */
export class ContactCampaignDto {
  @ApiProperty({ example: '5e0c1d2a-3b4c-4d5e-8f60-718293a4b5c6' })
  @IsUUID()
  campaignId!: string;

  @ApiProperty({ enum: CAMPAIGN_RESPONSES, example: 'interested' })
  @IsIn(CAMPAIGN_RESPONSES)
  response!: (typeof CAMPAIGN_RESPONSES)[number];
}

export class LogContactDto {
  @ApiProperty({ enum: CONTACT_CHANNELS, example: 'phone' })
  @IsIn(CONTACT_CHANNELS)
  channel!: (typeof CONTACT_CHANNELS)[number];

  @ApiProperty({
    example: 'maturity',
    description: '"maturity" answers every maturity call on the worklist; other purposes are free text',
  })
  @IsString()
  @Length(1, 200)
  purpose!: string;

  @ApiPropertyOptional({
    example: HOLDING_ID_EXAMPLE,
    description: "the holding the contact was about: it answers that holding's maturity call",
  })
  @IsOptional()
  @IsHoldingId()
  holdingId?: string;

  @ApiProperty({ example: 'customer will roll over into a 12-month deposit' })
  @IsString()
  @Length(1, 500)
  outcome!: string;

  @ApiPropertyOptional({ example: 'prefers calls after 18:00' })
  @IsOptional()
  @IsString()
  @Length(0, 2000)
  notes?: string;

  @ApiProperty({ example: 'rm-li' })
  @IsString()
  @Length(1, 64)
  relationshipManagerId!: string;

  @ApiPropertyOptional({ example: '2026-11-24T10:30:00Z' })
  @IsOptional()
  @IsISO8601({ strict: true })
  occurredAt?: string;

  @ApiPropertyOptional({
    example: 1,
    description: '1 (maturity, large movement) to 3 (routine); defaults to 3',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(3)
  priority?: 1 | 2 | 3;

  @ApiPropertyOptional({
    type: ContactCampaignDto,
    description: 'the launched campaign the contact is made under: the customer must be one of its targets',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ContactCampaignDto)
  campaign?: ContactCampaignDto;
}
