import { randomUUID } from 'node:crypto';
import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { OpenServiceRequest } from '@ledger/domain';
import { Admits } from '../../auth/roles';
import { type CommandRequest, CommandRequestOf } from '../../command-path/command-request.decorator';
import { decideForCustomer } from '../customer-decision';
import { derivedId } from '../../command-path/idempotency';
import type { CustomerWritten } from '../../command-path/decision';
import { CustomerIdParams } from '../../common/customer-id.params';
import { OpenServiceRequestDto } from './open-service-request.dto';

@ApiTags('customer commands')
@Controller('customers')
export class OpenServiceRequestController {
  constructor(private readonly bus: CommandBus) {}

  @Post(':id/service-requests')
  @Admits('relationship-manager', 'call-center', 'admin')
  @ApiOperation({ summary: 'Open a service request (ServiceRequestOpened)' })
  async handle(
    @Param() { id }: CustomerIdParams,
    @Body() body: OpenServiceRequestDto,
    @CommandRequestOf() request: CommandRequest,
  ): Promise<CustomerWritten & { requestId: string }> {
    const requestId = body.requestId ?? derivedId(request.context.idempotencyKey, 'requestId', randomUUID);
    return {
      ...(await decideForCustomer<OpenServiceRequest>(
        this.bus,
        id,
        { type: 'OpenServiceRequest', ...body, requestId },
        request,
      )),
      requestId,
    };
  }
}
