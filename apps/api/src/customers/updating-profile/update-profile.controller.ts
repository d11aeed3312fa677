import { Body, Controller, Param, Patch } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { UpdateCustomerProfile } from '@ledger/domain';
import { Admits } from '../../auth/roles';
import { type CommandRequest, CommandRequestOf } from '../../command-path/command-request.decorator';
import { decideForCustomer } from '../customer-decision';
import type { CustomerWritten } from '../../command-path/decision';
import { CustomerIdParams } from '../../common/customer-id.params';
import { UpdateProfileDto } from './update-profile.dto';

@ApiTags('customer commands')
@Controller('customers')
export class UpdateProfileController {
  constructor(private readonly bus: CommandBus) {}

  @Patch(':id/profile')
  @Admits('relationship-manager', 'admin')
  @ApiOperation({ summary: 'Update the profile (CustomerProfileUpdated)' })
  handle(
    @Param() { id }: CustomerIdParams,
    @Body() body: UpdateProfileDto,
    @CommandRequestOf() request: CommandRequest,
  ): Promise<CustomerWritten> {
    return decideForCustomer<UpdateCustomerProfile>(
      this.bus,
      id,
      { type: 'UpdateCustomerProfile', ...body },
      request,
    );
  }
}
