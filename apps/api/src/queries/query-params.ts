import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { MINING_FLAGS, type MiningFlag, TIERS } from '@ledger/domain';
import { CUSTOMER_SORT_FIELDS, NAME_PREFIX_CHARS, NAME_SORT_LIMIT } from '@ledger/projections/customer-360';
import { PageQuery } from '../common/page.query';

/** customerId, -customerId, name, -name, … */
export const CUSTOMER_SORTS = CUSTOMER_SORT_FIELDS.flatMap((field) => [field, `-${field}`]);

const toBoolean = ({ value }: { value: unknown }): unknown =>
  value === 'true' ? true : value === 'false' ? false : value;

/** Read-your-own-writes: wait (boundedly) until the read models include this position. */
export class ConsistencyQuery extends PageQuery {
  @ApiPropertyOptional({
    example: '1234',
    description: 'position from a command response; waits up to 5 s for it',
  })
  @IsOptional()
  @Matches(/^\d+(:\d+)?$/, { message: 'minPosition must be a position token' })
  minPosition?: string;
}

/** ADR 0033: `asOf` cuts on business time, `knownAt` on recorded time; either or both. */
export class CustomerViewQuery {
  @ApiPropertyOptional({
    example: '2026-01-01T00:00:00Z',
    description:
      'the customer as it was at this business time: the events that had happened by then (their occurredAt / at), as recorded so far (auditor, admin)',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  asOf?: string;

  @ApiPropertyOptional({
    example: '2026-12-07T09:30:00Z',
    description:
      'what the ledger knew at this time: only the events recorded (recordedAt) by then, so a late-recorded fact can be told apart; combines with asOf (auditor, admin)',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  knownAt?: string;

  @ApiPropertyOptional({ example: '1234' })
  @IsOptional()
  @Matches(/^\d+(:\d+)?$/, { message: 'minPosition must be a position token' })
  minPosition?: string;
}

export class ListCustomersQuery extends ConsistencyQuery {
  @ApiPropertyOptional({ enum: TIERS })
  @IsOptional()
  @IsIn(TIERS)
  tier?: (typeof TIERS)[number];

  @ApiPropertyOptional({ enum: ['retail', 'corporate'] })
  @IsOptional()
  @IsIn(['retail', 'corporate'])
  segment?: 'retail' | 'corporate';

  @ApiPropertyOptional({ example: 'rm-li' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  relationshipManagerId?: string;

  @ApiPropertyOptional({ enum: ['NEW', 'GROWING', 'MATURE', 'SENIOR'] })
  @IsOptional()
  @IsIn(['NEW', 'GROWING', 'MATURE', 'SENIOR'])
  lifecycle?: 'NEW' | 'GROWING' | 'MATURE' | 'SENIOR';

  @ApiPropertyOptional({ example: true })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({
    example: false,
    description:
      'no subscription, maturity or balance change for dormant.inactiveDays (default 180); contacts do not count',
  })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  dormant?: boolean;

  @ApiPropertyOptional({ example: 30 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(3650)
  maturingWithinDays?: number;

  @ApiPropertyOptional({
    enum: MINING_FLAGS,
    description:
      'a seed-002 mining flag holding now (ADR 0023): potential, advantage (tier PRIVATE/STRATEGIC), sleeping (no balance change or subscription for sleeping.inactiveDays), flight-risk',
  })
  @IsOptional()
  @IsIn(MINING_FLAGS)
  flag?: MiningFlag;

  @ApiPropertyOptional({
    example: '91310000MA1K4XYZ12',
    description:
      'exact idNumber (spaces and dashes ignored, x = X), matched through a keyed blind index (ADR 0034)',
  })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  idNumber?: string;

  @ApiPropertyOptional({
    example: '+8613912345678',
    description:
      'exact phone (digits only; a mainland mobile with or without +86), through a keyed blind index',
  })
  @IsOptional()
  @IsString()
  @Length(1, 32)
  phone?: string;

  @ApiPropertyOptional({
    example: '王小',
    description: `a name prefix of 1 to ${NAME_PREFIX_CHARS} characters after NFKC (case and spaces ignored), within the caller's scope, through keyed blind indexes of each prefix (ADR 0034)`,
  })
  @IsOptional()
  @IsString()
  @Matches(new RegExp(`^\\S.{0,${NAME_PREFIX_CHARS - 1}}$`, 'u'), {
    message: `q must be 1 to ${NAME_PREFIX_CHARS} characters, starting with one that is not a space`,
  })
  q?: string;

  @ApiPropertyOptional({
    enum: CUSTOMER_SORTS,
    default: 'customerId',
    description: `the order of the list, ties by customerId; a leading - sorts descending. name is pinyin order, sorted after opening (names are sealed), so it needs a query of at most ${NAME_SORT_LIMIT} customers`,
  })
  @IsOptional()
  @IsIn(CUSTOMER_SORTS)
  sort?: (typeof CUSTOMER_SORTS)[number];

  @ApiPropertyOptional({
    enum: ['active', 'offboarded'],
    description: 'offboarded includes customers whose erasure is requested or done',
  })
  @IsOptional()
  @IsIn(['active', 'offboarded'])
  status?: 'active' | 'offboarded';

  @ApiPropertyOptional({
    example: 90,
    description:
      'win-back candidates (ADR 0028): offboarded within this many days, still inside retention, no erasure requested — the customers POST /customers/:id/reactivation accepts',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(3650)
  offboardedWithin?: number;
}

export class KpiQuery {
  @ApiPropertyOptional({
    enum: ['relationshipManager', 'branch'],
    description:
      "figures per relationship manager or branch (ADR 0020); without it, the bank's KPI history. A relationship manager gets its own figures (default relationshipManager), a branch head its branch's (default branch)",
  })
  @IsOptional()
  @IsIn(['relationshipManager', 'branch'])
  groupBy?: 'relationshipManager' | 'branch';

  @ApiPropertyOptional({ example: 'rm-li', description: 'groupBy=relationshipManager: only this manager' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  relationshipManagerId?: string;

  @ApiPropertyOptional({ example: 'b1', description: "with groupBy: only this branch's customers" })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  branchId?: string;

  @ApiPropertyOptional({ enum: ['day', 'month', 'quarter'], default: 'month' })
  @IsOptional()
  @IsIn(['day', 'month', 'quarter'])
  granularity?: 'day' | 'month' | 'quarter';

  @ApiPropertyOptional({
    example: '2026-01',
    description: 'first period (a date, month or quarter: 2026-11-24, 2026-11, 2026-Q4)',
  })
  @IsOptional()
  @Matches(/^\d{4}(-\d{2}(-\d{2})?|-Q[1-4])$/, {
    message: 'from must be like 2026-11-24, 2026-11 or 2026-Q4',
  })
  from?: string;

  @ApiPropertyOptional({ example: '2026-12' })
  @IsOptional()
  @Matches(/^\d{4}(-\d{2}(-\d{2})?|-Q[1-4])$/, { message: 'to must be like 2026-11-24, 2026-11 or 2026-Q4' })
  to?: string;

  @ApiPropertyOptional({ example: '1234' })
  @IsOptional()
  @Matches(/^\d+(:\d+)?$/, { message: 'minPosition must be a position token' })
  minPosition?: string;
}

/** A business day's list (worklist, escalations), read once the read models reach ?minPosition=. */
export class BusinessDayQuery {
  @ApiPropertyOptional({ example: '2026-11-24', description: 'defaults to today' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'date must be like 2026-11-24' })
  date?: string;

  @ApiPropertyOptional({ example: '1234' })
  @IsOptional()
  @Matches(/^\d+(:\d+)?$/, { message: 'minPosition must be a position token' })
  minPosition?: string;
}

export class WorklistQuery extends BusinessDayQuery {
  @ApiPropertyOptional({ example: 'rm-li', description: 'defaults to the caller' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  relationshipManagerId?: string;
}
