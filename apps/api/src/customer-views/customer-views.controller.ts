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
import {
  type Customer360View,
  type CustomerSort,
  type CustomerSortField,
  maskCustomer360,
} from '@ledger/projections/customer-360';
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

/** Only auditors and admins may replay a customer to a past time, either way (DESIGN §5, ADR 0033). */
const AS_OF_ROLES: readonly Role[] = ['auditor', 'admin'];

/** `-name` → name, descending. */
function customerSortOf(sort: string): CustomerSort {
  const descending = sort.startsWith('-');
  return { field: (descending ? sort.slice(1) : sort) as CustomerSortField, descending };
}

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
    summary:
      "Customers (360 views) in the caller's scope, filtered, found (?idNumber=, ?phone= exact; ?q= a name prefix), sorted (?sort=) and paged: { items, page, limit, total }",
  })
  async list(
    @QueryParams(ReadYourWrites) { minPosition: _minPosition, sort, ...filters }: ListCustomersQuery,
    @CurrentCaller() caller: Caller,
  ): Promise<Page<Customer360View>> {
    const scope = await this.scopes.narrow(caller, filters.relationshipManagerId);
    const page = await this.customers.list(
      { ...filters, ...scope, ...(sort !== undefined && { sort: customerSortOf(sort) }) },
      this.clock.now().toISOString(),
    );
    await this.accessLog.record(caller, '*', 'customer-360', {
      customerIds: page.items.map((view) => view.customerId).join(','),
    });
    return { ...page, items: page.items.map((view) => maskCustomer360(view, caller.roles)) };
  }

  @Get(':id')
  @Admits('relationship-manager', 'branch-head', 'call-center', 'committee-member', 'auditor', 'admin')
  @ApiOperation({
    summary:
      "The 360 view (404 outside the caller's scope); ?asOf= the customer at that business time, ?knownAt= as the ledger knew it then (recorded time), either or both (auditor, admin)",
    description:
      'A back-dated fact: a customer on the books since 2025, and a call made on 2026-02-01 but recorded on 2026-12-07. ' +
      '?asOf=2026-03-01T00:00:00Z shows the call (lastContactAt 2026-02-01: it had happened by then); ' +
      '?asOf=2026-03-01T00:00:00Z&knownAt=2026-06-30T00:00:00Z does not (the ledger did not know of it yet). ' +
      'A customer unknown in the cut is 404 "not found as of … known at …". ' +
      'Time-dependent fields (overdue, lifecycle, alerts) are judged at asOf, else at knownAt.',
  })
  async view(
    @Param() { id }: CustomerIdParams,
    @QueryParams(ReadYourWrites) { asOf, knownAt }: CustomerViewQuery,
    @CurrentCaller() caller: Caller,
  ): Promise<Customer360View> {
    const cut = { ...(asOf === undefined ? {} : { asOf }), ...(knownAt === undefined ? {} : { knownAt }) };
    const past = asOf !== undefined || knownAt !== undefined;
    if (past && !caller.roles.some((role) => AS_OF_ROLES.includes(role))) {
      throw new ForbiddenException(
        `${asOf === undefined ? 'knownAt' : 'asOf'} admits ${AS_OF_ROLES.join(', ')}`,
      );
    }
    const view = past
      ? await this.customers.asOf(id, cut)
      : await this.customers.view(id, this.clock.now().toISOString());
    // Outside the caller's scope the customer is as unknown as one never onboarded.
    if (view === null || !(await this.scopes.admits(caller, view)))
      throw new NotFoundException(`customer ${id} not found${describeCut(cut)}`);
    await this.accessLog.record(caller, id, past ? 'customer-360-as-of' : 'customer-360', cut);
    return maskCustomer360(view, caller.roles);
  }
}

function describeCut({ asOf, knownAt }: { asOf?: string; knownAt?: string }): string {
  return `${asOf === undefined ? '' : ` as of ${asOf}`}${knownAt === undefined ? '' : ` known at ${knownAt}`}`;
}
