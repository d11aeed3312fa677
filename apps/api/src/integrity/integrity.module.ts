import { Module } from '@nestjs/common';
import { ChainAnchorsHost } from './chain-anchors.host';
import { IntegrityController } from './integrity.controller';
import { IntegrityReads } from './integrity.reads';

/** Hash-chain anchors and the ledger-wide verification (ADR 0018); the stores come from StoresModule. */
@Module({
  controllers: [IntegrityController],
  providers: [IntegrityReads, ChainAnchorsHost],
  exports: [ChainAnchorsHost],
})
export class IntegrityModule {}
