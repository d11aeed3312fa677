import {
  Controller,
  ForbiddenException,
  Get,
  Inject,
  NotFoundException,
  Param,
  Query as QueryParams,
} from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Customer360View, maskCustomer360 } from '@ledger/projections/customer-360';
import { AccessLog } from '../access-log/access-log';
import { CurrentCaller } from '../auth/caller.decorator';
import { Admits, type Caller, type Role } from '../auth/roles';
import { CustomerIdParams } from '../common/customer-id.params';
import type { Page } from '../common/page.query';
import { ProjectionsHost } from '../infrastructure/projections.host';
import { CLOCK, type Clock } from '../infrastructure/tokens';
import { CustomerViewQuery, ListCustomersQuery } from '../queries/query-params';
import { GetCustomer360, GetCustomer360AsOf, ListCustomers } from './customer-view.queries';

/** Only auditors and admins may replay a customer to a past time (DESIGN §5). */
const AS_OF_ROLES: readonly Role[] = ['auditor', 'admin'];

@ApiTags('customer views')
@Controller('customers')
export class CustomerViewsController {
  constructor(
    private readonly queries: QueryBus,
    private readonly projections: ProjectionsHost,
    private readonly accessLog: AccessLog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @Admits('relationship-manager', 'call-center', 'committee-member', 'auditor', 'admin')
  @ApiOperation({ summary: 'Customers (360 views), filtered and paged: { items, page, limit, total }' })
  async list(
    @QueryParams() query: ListCustomersQuery,
    @CurrentCaller() caller: Caller,
  ): Promise<Page<Customer360View>> {
    const { minPosition, ...filters } = query;
    if (minPosition !== undefined) await this.projections.waitForPosition(minPosition);
    const page = await this.queries.execute(new ListCustomers(filters, this.clock.now().toISOString()));
    await this.accessLog.record(caller, '*', 'customer-360', {
      customerIds: page.items.map((view) => view.customerId).join(','),
    });
    return { ...page, items: page.items.map((view) => maskCustomer360(view, caller.roles)) };
  }

  @Get(':id')
  @Admits('relationship-manager', 'call-center', 'committee-member', 'auditor', 'admin')
  @ApiOperation({ summary: 'The 360 view; ?asOf= replays the stream to that recorded time (auditor, admin)' })
  async view(
    @Param() { id }: CustomerIdParams,
    @QueryParams() { asOf, minPosition }: CustomerViewQuery,
    @CurrentCaller() caller: Caller,
  ): Promise<Customer360View> {
    if (asOf !== undefined && !caller.roles.some((role) => AS_OF_ROLES.includes(role))) {
      throw new ForbiddenException(`asOf admits ${AS_OF_ROLES.join(', ')}`);
    }
    if (minPosition !== undefined && asOf === undefined) await this.projections.waitForPosition(minPosition);
    const view = await this.queries.execute(
      asOf === undefined
        ? new GetCustomer360(id, this.clock.now().toISOString())
        : new GetCustomer360AsOf(id, asOf),
    );
    if (view === null)
      throw new NotFoundException(`customer ${id} not found${asOf === undefined ? '' : ` as of ${asOf}`}`);
    await this.accessLog.record(
      caller,
      id,
      asOf === undefined ? 'customer-360' : 'customer-360-as-of',
      asOf === undefined ? {} : { asOf },
    );
    return maskCustomer360(view, caller.roles);
  }
}
