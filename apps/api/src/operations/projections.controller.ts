import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ProjectionStatus, RetryOutcome } from '@ledger/projection-runtime';
import { Admits } from '../auth/roles';
import { ProjectionsHost } from '../infrastructure/projections.host';

/** Operations: how far each read model is, what is parked, and the levers to rebuild or retry. */
@ApiTags('operations')
@Controller('projections')
export class ProjectionsController {
  constructor(private readonly host: ProjectionsHost) {}

  @Get()
  @Admits('admin', 'auditor')
  @ApiOperation({
    summary: 'Position, lag (events and seconds), parked streams and any stream pass of every projection',
  })
  status(): Promise<ProjectionStatus[]> {
    return this.host.status();
  }

  @Post('rebuild')
  @HttpCode(202)
  @Admits('admin')
  @ApiOperation({
    summary: 'Rebuild every projection in one pass over the log; queries keep answering until each swaps',
  })
  async rebuildAll(): Promise<{ projections: { name: string; state: 'rebuilding' }[] }> {
    const names = await this.host.rebuild();
    return { projections: names.map((name) => ({ name, state: 'rebuilding' as const })) };
  }

  @Post(':name/rebuild')
  @HttpCode(202)
  @Admits('admin')
  @ApiOperation({
    summary: 'Rebuild from position 0 into new collections; queries keep answering until the swap',
  })
  async rebuild(@Param('name') name: string): Promise<{ name: string; state: 'rebuilding' }> {
    await this.host.rebuild([name]);
    return { name, state: 'rebuilding' };
  }

  @Post(':name/parked/:stream/retry')
  @Admits('admin')
  @ApiOperation({ summary: "Re-apply a parked stream's events in order; unparks it when they all apply" })
  retry(@Param('name') name: string, @Param('stream') stream: string): Promise<RetryOutcome> {
    return this.host.runtime.retry(name, stream);
  }
}
