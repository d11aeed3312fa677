import {
  Controller,
  ForbiddenException,
  Get,
  Inject,
  NotFoundException,
  Param,
  Query as QueryParams,
} from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Customer360View, maskCustomer360 } from '@ledger/projections/customer-360';
import { AccessLog } from '../access-log/access-log';
import { CurrentCaller } from '../auth/caller.decorator';
import { Admits, type Caller, type Role } from '../auth/roles';
import { NarrowedToScope } from '../auth/scope';
import { CustomerIdParams } from '../common/customer-id.params';
import type { Page } from '../common/page.query';
import { CLOCK, type Clock } from '../infrastructure/tokens';
import { CustomerScopes } from '../queries/customer-scope';
import { CustomerViewQuery, ListCustomersQuery } from '../queries/query-params';
import { ReadYourWrites } from '../queries/read-your-writes.pipe';
import { Customer360Reads } from './customer-360.reads';

/** Only auditors and admins may replay a customer to a past time (DESIGN §5). */
const AS_OF_ROLES: readonly Role[] = ['auditor', 'admin'];

@ApiTags('customer views')
@Controller('customers')
export class CustomerViewsController {
  constructor(
    private readonly customers: Customer360Reads,
    private readonly accessLog: AccessLog,
    private readonly scopes: CustomerScopes,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @NarrowedToScope()
  @Admits('relationship-manager', 'branch-head', 'call-center', 'committee-member', 'auditor', 'admin')
  @ApiOperation({
    summary: "Customers (360 views) in the caller's scope, filtered and paged: { items, page, limit, total }",
  })
  async list(
    @QueryParams(ReadYourWrites) { minPosition: _minPosition, ...filters }: ListCustomersQuery,
    @CurrentCaller() caller: Caller,
  ): Promise<Page<Customer360View>> {
    const scope = await this.scopes.narrow(caller, filters.relationshipManagerId);
    const page = await this.customers.list({ ...filters, ...scope }, this.clock.now().toISOString());
    await this.accessLog.record(caller, '*', 'customer-360', {
      customerIds: page.items.map((view) => view.customerId).join(','),
    });
    return { ...page, items: page.items.map((view) => maskCustomer360(view, caller.roles)) };
  }

  @Get(':id')
  @Admits('relationship-manager', 'branch-head', 'call-center', 'committee-member', 'auditor', 'admin')
  @ApiOperation({
    summary:
      "The 360 view (404 outside the caller's scope); ?asOf= replays the stream to that recorded time (auditor, admin)",
  })
  async view(
    @Param() { id }: CustomerIdParams,
    @QueryParams(ReadYourWrites) { asOf }: CustomerViewQuery,
    @CurrentCaller() caller: Caller,
  ): Promise<Customer360View> {
    if (asOf !== undefined && !caller.roles.some((role) => AS_OF_ROLES.includes(role))) {
      throw new ForbiddenException(`asOf admits ${AS_OF_ROLES.join(', ')}`);
    }
    const view =
      asOf === undefined
        ? await this.customers.view(id, this.clock.now().toISOString())
        : await this.customers.asOf(id, asOf);
    // Outside the caller's scope the customer is as unknown as one never onboarded.
    if (view === null || !(await this.scopes.admits(caller, view)))
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
