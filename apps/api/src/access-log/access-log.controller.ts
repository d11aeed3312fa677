import { Controller, Get, Inject, Query as QueryParams } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Admits } from '../auth/roles';
import type { Page } from '../common/page.query';
import { CLOCK, type Clock } from '../infrastructure/tokens';
import { AccessLogQuery } from './access-log.query';
import { type AccessLogEntry, AccessLogReads } from './access-log.reads';

@ApiTags('auditors')
@Controller('access-log')
export class AccessLogController {
  constructor(
    private readonly accessLog: AccessLogReads,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @Admits('auditor', 'admin')
  @ApiOperation({
    summary:
      'Who read which customer when (the access-<yyyy-mm-dd> streams), oldest first, paged; at most 31 days',
  })
  entries(@QueryParams() { page = 1, limit = 50, ...filter }: AccessLogQuery): Promise<Page<AccessLogEntry>> {
    return this.accessLog.entries(filter, page, limit, this.clock.now().toISOString());
  }
}
