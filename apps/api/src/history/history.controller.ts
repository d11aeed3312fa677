import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { StreamVerification } from '@ledger/event-store';
import { AccessLog } from '../access-log/access-log';
import { CurrentCaller } from '../auth/caller.decorator';
import { Admits, type Caller } from '../auth/roles';
import { CustomerIdParams } from '../common/customer-id.params';
import { eventTypesOf } from '../common/event-types.validator';
import type { Page } from '../common/page.query';
import { CustomerHistoryReads, type HistoryItem } from './customer-history.reads';
import { HistoryQuery } from './history.query';

@ApiTags('auditors')
@Controller('customers')
export class HistoryController {
  constructor(
    private readonly histories: CustomerHistoryReads,
    private readonly accessLog: AccessLog,
  ) {}

  @Get(':id/history')
  @Admits('auditor', 'admin')
  @ApiOperation({
    summary:
      "The customer's events with their metadata, oldest first, paged; ?asOf= (business time), ?knownAt= (recorded time), ?types=, ?actor= narrow it",
    description:
      'Each item names both times: occurredAt, when the fact happened (what ?asOf= cuts on), and recordedAt, when the ledger learned of it (what ?knownAt= cuts on). ' +
      'A back-dated fact has a recordedAt later than its occurredAt: a call made on 2026-02-01 and recorded on 2026-12-07 is in ?asOf=2026-03-01T00:00:00Z but not in ?knownAt=2026-06-30T00:00:00Z. ' +
      'Money in data is { amount: "12000000.00", currency } as on every route; the hash in metadata covers the stored form (ADR 0033).',
  })
  async history(
    @Param() { id }: CustomerIdParams,
    @Query() { page = 1, limit = 50, asOf, knownAt, types, actor }: HistoryQuery,
    @CurrentCaller() caller: Caller,
  ): Promise<Page<HistoryItem>> {
    const filter = {
      ...(asOf === undefined ? {} : { asOf }),
      ...(knownAt === undefined ? {} : { knownAt }),
      ...(types === undefined ? {} : { types: eventTypesOf(types) }),
      ...(actor === undefined ? {} : { actor }),
    };
    const result = await this.histories.page(id, page, limit, filter);
    await this.accessLog.record(caller, id, 'history', {
      page: String(page),
      ...(asOf === undefined ? {} : { asOf }),
      ...(knownAt === undefined ? {} : { knownAt }),
      ...(types === undefined ? {} : { types }),
      ...(actor === undefined ? {} : { actor }),
    });
    return result;
  }

  @Get(':id/history/verify')
  @Admits('auditor', 'admin')
  @ApiOperation({ summary: "Verify the customer's hash chain (tamper evidence)" })
  async verify(
    @Param() { id }: CustomerIdParams,
    @CurrentCaller() caller: Caller,
  ): Promise<Omit<StreamVerification, 'brokenAt'> & { customerId: string; brokenAt?: number }> {
    const { brokenAt, ...verification } = await this.histories.verify(id);
    await this.accessLog.record(caller, id, 'history-verification');
    return { ...verification, ...(brokenAt === undefined ? {} : { brokenAt: Number(brokenAt) }) };
  }
}
