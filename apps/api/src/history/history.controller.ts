import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { StreamVerification } from '@ledger/event-store';
import { AccessLog } from '../access-log/access-log';
import { CurrentCaller } from '../auth/caller.decorator';
import { Admits, type Caller } from '../auth/roles';
import { CustomerIdParams } from '../common/customer-id.params';
import { type Page, PageQuery } from '../common/page.query';
import { CustomerHistoryReads, type HistoryItem } from './customer-history.reads';

@ApiTags('auditors')
@Controller('customers')
export class HistoryController {
  constructor(
    private readonly histories: CustomerHistoryReads,
    private readonly accessLog: AccessLog,
  ) {}

  @Get(':id/history')
  @Admits('auditor', 'admin')
  @ApiOperation({ summary: "The customer's events with their metadata, oldest first, paged" })
  async history(
    @Param() { id }: CustomerIdParams,
    @Query() { page = 1, limit = 50 }: PageQuery,
    @CurrentCaller() caller: Caller,
  ): Promise<Page<HistoryItem>> {
    const result = await this.histories.page(id, page, limit);
    await this.accessLog.record(caller, id, 'history', { page: String(page) });
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
