import { given } from '../../test/decider-specification';
import { command, CONTACT_ID, consentGiven, consentWithdrawn, onboarded, RM } from '../../test/fixtures';
import type { CampaignContactFacts } from '../commands/customer-command';
import {
  CampaignClosedToContacts,
  CampaignNotLaunched,
  CustomerNotTargeted,
  MarketingConsentWithdrawn,
} from '../errors';

const CAMPAIGN_ID = '5e0c1d2a-3b4c-4d5e-8f60-718293a4b5c6';

const contactUnder = (facts: CampaignContactFacts) =>
  command('LogContact', {
    contactId: CONTACT_ID,
    channel: 'phone',
    purpose: 'year-end time deposit campaign',
    outcome: 'asked for the rate sheet',
    relationshipManagerId: RM.id,
    occurredAt: '2026-12-03T10:30:00Z',
    campaign: { campaignId: CAMPAIGN_ID, response: 'interested', facts },
  });

describe('logging a contact under a campaign', () => {
  describe('when the campaign is launched and the customer is a target', () => {
    it('records the campaign and the response (never the facts the api read)', () => {
      const [event] = given([onboarded()])
        .when(contactUnder({ status: 'launched', targeted: true }))
        .events();
      expect(event?.type).toBe('ContactLogged');
      expect(event?.data).toMatchObject({ campaign: { campaignId: CAMPAIGN_ID, response: 'interested' } });
      expect(JSON.stringify(event?.data)).not.toContain('targeted');
    });
  });

  describe('when the customer is not among the frozen targets', () => {
    it('refuses with CUSTOMER_NOT_TARGETED', () => {
      given([onboarded()])
        .when(contactUnder({ status: 'launched', targeted: false }))
        .thenThrows(CustomerNotTargeted);
    });
  });

  describe('when the campaign is not launched', () => {
    it('refuses an unknown or only planned campaign with CAMPAIGN_NOT_LAUNCHED', () => {
      for (const status of ['not-planned', 'planned'] as const) {
        const error = given([onboarded()])
          .when(contactUnder({ status, targeted: false }))
          .thenThrows(CampaignNotLaunched);
        expect(error.details).toMatchObject({ campaignId: CAMPAIGN_ID, status });
      }
    });
  });

  describe('when the campaign is closed', () => {
    it('refuses with CAMPAIGN_CLOSED, even for a target', () => {
      given([onboarded()])
        .when(contactUnder({ status: 'closed', targeted: true }))
        .thenThrows(CampaignClosedToContacts);
    });
  });

  describe('when a frozen target has withdrawn marketing consent since the launch', () => {
    it('refuses with MARKETING_CONSENT_WITHDRAWN, naming the campaign and the customer', () => {
      const error = given([onboarded(), consentWithdrawn('marketing')])
        .when(contactUnder({ status: 'launched', targeted: true }))
        .thenThrows(MarketingConsentWithdrawn);
      expect(error.details).toEqual({ campaignId: CAMPAIGN_ID, customerId: onboarded().data.customerId });
    });

    it('takes the contact again once consent is given back', () => {
      const [event] = given([onboarded(), consentWithdrawn('marketing'), consentGiven('marketing')])
        .when(contactUnder({ status: 'launched', targeted: true }))
        .events();
      expect(event?.type).toBe('ContactLogged');
    });

    it('still takes a service contact naming no campaign', () => {
      const { campaign: _none, ...plain } = contactUnder({ status: 'launched', targeted: true });
      const [event] = given([onboarded(), consentWithdrawn('marketing')])
        .when(plain)
        .events();
      expect(event?.type).toBe('ContactLogged');
    });

    it('withdrawing profiling consent alone refuses nothing', () => {
      const [event] = given([onboarded(), consentWithdrawn('profiling')])
        .when(contactUnder({ status: 'launched', targeted: true }))
        .events();
      expect(event?.type).toBe('ContactLogged');
    });
  });

  it('a contact naming no campaign carries none', () => {
    const { campaign: _none, ...plain } = contactUnder({ status: 'launched', targeted: true });
    const [event] = given([onboarded()]).when(plain).events();
    expect(event?.data).not.toHaveProperty('campaign');
  });
});
