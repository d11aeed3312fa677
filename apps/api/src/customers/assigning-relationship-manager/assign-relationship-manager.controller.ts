import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AssignRelationshipManager } from '@ledger/domain';
import { Admits } from '../../auth/roles';
import { type CommandRequest, CommandRequestOf } from '../../commands/command-request.decorator';
import { CustomerCommands } from '../../commands/customer-commands';
import type { CommandResult } from '../../commands/record-customer-decision.command';
import { CustomerIdParams } from '../../common/customer-id.params';
import { AssignRelationshipManagerDto } from './assign-relationship-manager.dto';

@ApiTags('customer commands')
@Controller('customers')
export class AssignRelationshipManagerController {
  constructor(private readonly commands: CustomerCommands) {}

  @Post(':id/relationship-manager')
  @Admits('relationship-manager', 'admin')
  @ApiOperation({ summary: 'Assign a relationship manager (RelationshipManagerAssigned)' })
  handle(
    @Param() { id }: CustomerIdParams,
    @Body() body: AssignRelationshipManagerDto,
    @CommandRequestOf() request: CommandRequest,
  ): Promise<CommandResult> {
    return this.commands.run<AssignRelationshipManager>(
      id,
      { type: 'AssignRelationshipManager', ...body },
      request,
    );
  }
}
