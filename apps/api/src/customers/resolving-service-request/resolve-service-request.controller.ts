import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ResolveServiceRequest } from '@ledger/domain';
import { Admits } from '../../auth/roles';
import { type CommandRequest, CommandRequestOf } from '../../commands/command-request.decorator';
import { CustomerCommands } from '../../commands/customer-commands';
import type { CommandResult } from '../../commands/record-customer-decision.command';
import { ServiceRequestParams } from '../../common/nested-id.params';
import { ResolveServiceRequestDto } from './resolve-service-request.dto';

@ApiTags('customer commands')
@Controller('customers')
export class ResolveServiceRequestController {
  constructor(private readonly commands: CustomerCommands) {}

  @Post(':id/service-requests/:requestId/resolution')
  @Admits('relationship-manager', 'call-center', 'admin')
  @ApiOperation({ summary: 'Resolve a service request (ServiceRequestResolved)' })
  async handle(
    @Param() { id, requestId }: ServiceRequestParams,
    @Body() body: ResolveServiceRequestDto,
    @CommandRequestOf() request: CommandRequest,
  ): Promise<CommandResult & { requestId: string }> {
    return {
      ...(await this.commands.run<ResolveServiceRequest>(
        id,
        { type: 'ResolveServiceRequest', ...body, requestId },
        request,
      )),
      requestId,
    };
  }
}
