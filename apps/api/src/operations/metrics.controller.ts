import { Controller, Get, Header } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/roles';
import { ProjectionsHost } from '../infrastructure/projections.host';

function line(name: string, labels: Record<string, string>, value: number): string {
  const text = Object.entries(labels)
    .map(([key, label]) => `${key}="${label.replace(/["\\\n]/g, '_')}"`)
    .join(',');
  return `${name}{${text}} ${value}`;
}

/** Prometheus text format: projection lag is ours to export (KurrentDB does not track catch-up lag). */
@ApiTags('operations')
@Controller('metrics')
export class MetricsController {
  constructor(private readonly host: ProjectionsHost) {}

  @Get()
  @Public()
  @Header('Content-Type', 'text/plain; version=0.0.4')
  @ApiOperation({ summary: 'Prometheus metrics: projection lag and parked streams, process memory' })
  async metrics(): Promise<string> {
    const lines = [
      '# HELP ledger_projection_lag_events Events in the log not yet applied by the projection.',
      '# TYPE ledger_projection_lag_events gauge',
      '# HELP ledger_projection_lag_seconds Age of the oldest event not yet applied.',
      '# TYPE ledger_projection_lag_seconds gauge',
      '# HELP ledger_projection_parked_streams Streams parked by a failing event.',
      '# TYPE ledger_projection_parked_streams gauge',
    ];
    for (const status of await this.host.status()) {
      const labels = { projection: status.name, state: status.state };
      lines.push(line('ledger_projection_lag_events', labels, status.lagEvents));
      lines.push(line('ledger_projection_lag_seconds', labels, status.lagSeconds));
      lines.push(line('ledger_projection_parked_streams', labels, status.parked.length));
    }
    const memory = process.memoryUsage();
    lines.push('# TYPE process_resident_memory_bytes gauge', `process_resident_memory_bytes ${memory.rss}`);
    lines.push('# TYPE nodejs_heap_used_bytes gauge', `nodejs_heap_used_bytes ${memory.heapUsed}`);
    return `${lines.join('\n')}\n`;
  }
}
