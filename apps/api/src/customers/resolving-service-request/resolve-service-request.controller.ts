import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ResolveServiceRequest } from '@ledger/domain';
import { Admits } from '../../auth/roles';
import { type CommandRequest, CommandRequestOf } from '../../command-path/command-request.decorator';
import { decideForCustomer } from '../customer-decision';
import type { CustomerWritten } from '../../command-path/decision';
import { ServiceRequestParams } from '../../common/nested-id.params';
import { ResolveServiceRequestDto } from './resolve-service-request.dto';

@ApiTags('customer commands')
@Controller('customers')
export class ResolveServiceRequestController {
  constructor(private readonly bus: CommandBus) {}

  @Post(':id/service-requests/:requestId/resolution')
  @Admits('relationship-manager', 'call-center', 'admin')
  @ApiOperation({ summary: 'Resolve a service request (ServiceRequestResolved)' })
  async handle(
    @Param() { id, requestId }: ServiceRequestParams,
    @Body() body: ResolveServiceRequestDto,
    @CommandRequestOf() request: CommandRequest,
  ): Promise<CustomerWritten & { requestId: string }> {
    return {
      ...(await decideForCustomer<ResolveServiceRequest>(
        this.bus,
        id,
        { type: 'ResolveServiceRequest', ...body, requestId },
        request,
      )),
      requestId,
    };
  }
}
