import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ChainAnchor, LedgerVerification } from '@ledger/event-store';
import { Admits } from '../auth/roles';
import { type Page, PageQuery } from '../common/page.query';
import { IntegrityReads } from './integrity.reads';
import { ANCHOR_PAGE_SCHEMA, LEDGER_VERIFICATION_SCHEMA } from './integrity.schemas';

@ApiTags('auditors')
@Controller('integrity')
export class IntegrityController {
  constructor(private readonly integrity: IntegrityReads) {}

  @Get('verify')
  @Admits('auditor', 'admin')
  @ApiOperation({
    summary:
      'Check every stream against its hash chain and the latest anchor: names each stream and revision ' +
      'that does not verify (altered event, cut tail, removed stream)',
  })
  @ApiOkResponse({
    description: 'the verification; valid is false when any problem is listed',
    schema: LEDGER_VERIFICATION_SCHEMA,
  })
  verify(): Promise<LedgerVerification> {
    return this.integrity.verify();
  }

  @Get('anchors')
  @Admits('auditor', 'admin')
  @ApiOperation({
    summary: 'The chain anchors, oldest first, paged: Merkle roots to notarise outside the ledger',
  })
  @ApiOkResponse({ description: 'a page of anchors', schema: ANCHOR_PAGE_SCHEMA })
  anchors(@Query() { page = 1, limit = 50 }: PageQuery): Promise<Page<ChainAnchor>> {
    return this.integrity.anchors(page, limit);
  }
}
