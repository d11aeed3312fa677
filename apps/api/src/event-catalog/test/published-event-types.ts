import {
  CAMPAIGN_EVENT_TYPES,
  CUSTOMER_EVENT_TYPES,
  HOUSEHOLD_EVENT_TYPES,
  IDENTITY_EVENT_TYPES,
  OPPORTUNITY_EVENT_TYPES,
  PRODUCT_EVENT_TYPES,
} from '@ledger/domain';

/** Every event type the catalog publishes, in the order the AsyncAPI document lists them. */
export const EVENT_TYPES = [
  ...CUSTOMER_EVENT_TYPES,
  ...CAMPAIGN_EVENT_TYPES,
  'CustomerDataAccessed',
  ...PRODUCT_EVENT_TYPES,
  ...OPPORTUNITY_EVENT_TYPES,
  ...IDENTITY_EVENT_TYPES,
  ...HOUSEHOLD_EVENT_TYPES,
];
