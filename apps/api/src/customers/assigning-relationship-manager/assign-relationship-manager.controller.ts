import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AssignRelationshipManager } from '@ledger/domain';
import { Admits } from '../../auth/roles';
import { type CommandRequest, CommandRequestOf } from '../../command-path/command-request.decorator';
import { decideForCustomer } from '../customer-decision';
import type { CustomerWritten } from '../../command-path/decision';
import { CustomerIdParams } from '../../common/customer-id.params';
import { AssignRelationshipManagerDto } from './assign-relationship-manager.dto';

@ApiTags('customer commands')
@Controller('customers')
export class AssignRelationshipManagerController {
  constructor(private readonly bus: CommandBus) {}

  @Post(':id/relationship-manager')
  @Admits('relationship-manager', 'admin')
  @ApiOperation({ summary: 'Assign a relationship manager (RelationshipManagerAssigned)' })
  handle(
    @Param() { id }: CustomerIdParams,
    @Body() body: AssignRelationshipManagerDto,
    @CommandRequestOf() request: CommandRequest,
  ): Promise<CustomerWritten> {
    return decideForCustomer<AssignRelationshipManager>(
      this.bus,
      id,
      { type: 'AssignRelationshipManager', ...body },
      request,
    );
  }
}
