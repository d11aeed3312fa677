import { randomUUID } from 'node:crypto';
import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { SubscribeProduct } from '@ledger/domain';
import { Admits } from '../../auth/roles';
import { type CommandRequest, CommandRequestOf } from '../../commands/command-request.decorator';
import { CustomerCommands } from '../../commands/customer-commands';
import { derivedId } from '../../commands/idempotency';
import type { CommandResult } from '../../commands/record-customer-decision.command';
import { CustomerIdParams } from '../../common/customer-id.params';
import { toMinorUnits } from '../../common/money.dto';
import { SubscribeProductDto } from './subscribe-product.dto';

@ApiTags('customer commands')
@Controller('customers')
export class SubscribeProductController {
  constructor(private readonly commands: CustomerCommands) {}

  @Post(':id/holdings')
  @Admits('relationship-manager', 'admin')
  @ApiOperation({ summary: 'Subscribe to a product: a new holding (ProductSubscribed)' })
  async handle(
    @Param() { id }: CustomerIdParams,
    @Body() body: SubscribeProductDto,
    @CommandRequestOf() request: CommandRequest,
  ): Promise<CommandResult & { holdingId: string }> {
    const holdingId = body.holdingId ?? derivedId(request.context.idempotencyKey, 'holdingId', randomUUID);
    return {
      ...(await this.commands.run<SubscribeProduct>(
        id,
        { type: 'SubscribeProduct', ...body, holdingId, principal: toMinorUnits(body.principal) },
        request,
      )),
      holdingId,
    };
  }
}
