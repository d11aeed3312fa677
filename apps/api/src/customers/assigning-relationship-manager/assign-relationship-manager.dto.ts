import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class AssignRelationshipManagerDto {
  @ApiProperty({ example: 'rm-zhang' })
  @IsString()
  @Length(1, 64)
  relationshipManagerId!: string;

  @ApiProperty({ example: 'portfolio rebalancing after branch merger' })
  @IsString()
  @Length(1, 500)
  reason!: string;
}
