import { Controller, Get } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import { Public } from '../auth/roles';

@Controller('health')
export class HealthController {
  @Public()
  @Get()
  @ApiOperation({ summary: 'Liveness: answers while the process serves requests' })
  health(): { status: 'ok' } {
    return { status: 'ok' };
  }
}
