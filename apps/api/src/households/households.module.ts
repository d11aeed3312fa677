import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { FormHouseholdController } from './forming-household/form-household.controller';
import { HouseholdsController } from './households.controller';
import { JoinHouseholdController } from './joining-household/join-household.controller';
import { LeaveHouseholdController } from './leaving-household/leave-household.controller';
import { HouseholdMembership } from './household-membership';
import { MemberFactsLoader } from './member-facts';

/** The household's command routes and its read route (issue 17, ADR 0025). */
@Module({
  imports: [CqrsModule],
  controllers: [
    FormHouseholdController,
    JoinHouseholdController,
    LeaveHouseholdController,
    HouseholdsController,
  ],
  providers: [MemberFactsLoader, HouseholdMembership],
})
export class HouseholdsModule {}
