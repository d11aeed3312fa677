import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { ErasureSweep } from '../erasure/erasure-sweep';
import { ReviewExpirySweep } from '../review-expiry/review-expiry-sweep';
import { AssessRiskProfileController } from './assessing-risk-profile/assess-risk-profile.controller';
import { CorrectPersonalDataController } from './correcting-personal-data/correct-personal-data.controller';
import { ReactivateCustomerController } from './reactivating/reactivate-customer.controller';
import { CatalogTerms } from './subscribing-product/catalog-terms';
import { IdNumberRegister } from './onboarding/id-number-register';
import { AssignRelationshipManagerController } from './assigning-relationship-manager/assign-relationship-manager.controller';
import { CastTierReviewVoteController } from './casting-tier-review-vote/cast-tier-review-vote.controller';
import { DealingMandateController } from './lodging-dealing-mandate/dealing-mandate.controller';
import { GiveConsentController } from './giving-consent/give-consent.controller';
import { WithdrawConsentController } from './withdrawing-consent/withdraw-consent.controller';
import { LinkRelatedPartyController } from './linking-related-party/link-related-party.controller';
import { PartyFactsLoader } from './linking-related-party/party-facts';
import { UnlinkRelatedPartyController } from './unlinking-related-party/unlink-related-party.controller';
import { ErasePersonalDataController } from './erasing-personal-data/erase-personal-data.controller';
import { LogContactController } from './logging-contact/log-contact.controller';
import { OffboardCustomerController } from './offboarding/offboard-customer.controller';
import { OnboardCustomerController } from './onboarding/onboard-customer.controller';
import { OpenServiceRequestController } from './opening-service-request/open-service-request.controller';
import { OpenTierReviewController } from './opening-tier-review/open-tier-review.controller';
import { RecordContributionController } from './recording-contribution/record-contribution.controller';
import { RecordMaturityController } from './recording-maturity/record-maturity.controller';
import { ScheduleRepaymentController } from './scheduling-repayment/schedule-repayment.controller';
import { ResolveServiceRequestController } from './resolving-service-request/resolve-service-request.controller';
import { RevalueAssetsController } from './revaluing-assets/revalue-assets.controller';
import { SubscribeProductController } from './subscribing-product/subscribe-product.controller';
import { UpdateProfileController } from './updating-profile/update-profile.controller';

/** The customer's command routes (DESIGN §4): DTO → domain command → the command path. */
@Module({
  imports: [CqrsModule],
  controllers: [
    OnboardCustomerController,
    UpdateProfileController,
    AssignRelationshipManagerController,
    SubscribeProductController,
    AssessRiskProfileController,
    RecordMaturityController,
    ScheduleRepaymentController,
    RevalueAssetsController,
    RecordContributionController,
    LogContactController,
    OpenTierReviewController,
    CastTierReviewVoteController,
    OpenServiceRequestController,
    ResolveServiceRequestController,
    OffboardCustomerController,
    ErasePersonalDataController,
    GiveConsentController,
    WithdrawConsentController,
    CorrectPersonalDataController,
    ReactivateCustomerController,
    DealingMandateController,
    LinkRelatedPartyController,
    UnlinkRelatedPartyController,
  ],
  providers: [ErasureSweep, ReviewExpirySweep, CatalogTerms, IdNumberRegister, PartyFactsLoader],
})
export class CustomerCommandsModule {}
