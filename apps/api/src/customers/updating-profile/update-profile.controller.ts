import { Body, Controller, Param, Patch } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { UpdateCustomerProfile } from '@ledger/domain';
import { Admits } from '../../auth/roles';
import { type CommandRequest, CommandRequestOf } from '../../commands/command-request.decorator';
import { CustomerCommands } from '../../commands/customer-commands';
import type { CommandResult } from '../../commands/record-customer-decision.command';
import { CustomerIdParams } from '../../common/customer-id.params';
import { UpdateProfileDto } from './update-profile.dto';

@ApiTags('customer commands')
@Controller('customers')
export class UpdateProfileController {
  constructor(private readonly commands: CustomerCommands) {}

  @Patch(':id/profile')
  @Admits('relationship-manager', 'admin')
  @ApiOperation({ summary: 'Update the profile (CustomerProfileUpdated)' })
  handle(
    @Param() { id }: CustomerIdParams,
    @Body() body: UpdateProfileDto,
    @CommandRequestOf() request: CommandRequest,
  ): Promise<CommandResult> {
    return this.commands.run<UpdateCustomerProfile>(id, { type: 'UpdateCustomerProfile', ...body }, request);
  }
}
