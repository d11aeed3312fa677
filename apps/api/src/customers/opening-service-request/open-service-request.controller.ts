import { randomUUID } from 'node:crypto';
import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { OpenServiceRequest } from '@ledger/domain';
import { Admits } from '../../auth/roles';
import { type CommandRequest, CommandRequestOf } from '../../commands/command-request.decorator';
import { CustomerCommands } from '../../commands/customer-commands';
import { derivedId } from '../../commands/idempotency';
import type { CommandResult } from '../../commands/record-customer-decision.command';
import { CustomerIdParams } from '../../common/customer-id.params';
import { OpenServiceRequestDto } from './open-service-request.dto';

@ApiTags('customer commands')
@Controller('customers')
export class OpenServiceRequestController {
  constructor(private readonly commands: CustomerCommands) {}

  @Post(':id/service-requests')
  @Admits('relationship-manager', 'call-center', 'admin')
  @ApiOperation({ summary: 'Open a service request (ServiceRequestOpened)' })
  async handle(
    @Param() { id }: CustomerIdParams,
    @Body() body: OpenServiceRequestDto,
    @CommandRequestOf() request: CommandRequest,
  ): Promise<CommandResult & { requestId: string }> {
    const requestId = body.requestId ?? derivedId(request.context.idempotencyKey, 'requestId', randomUUID);
    return {
      ...(await this.commands.run<OpenServiceRequest>(
        id,
        { type: 'OpenServiceRequest', ...body, requestId },
        request,
      )),
      requestId,
    };
  }
}
