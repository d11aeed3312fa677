/**
 * Recorded for POST /customers/:id/erasure. Processing is restricted from here on; libs/personal-data
 * destroys the customer's data key once `executeAfter` (end of retention) is reached.
 */
export type PersonalDataErasureRequested = {
  type: 'PersonalDataErasureRequested';
  schemaVersion: 1;
  data: {
    customerId: string;
    reason: string;
    requestedBy: string;
    requestedAt: string;
    offboardedAt: string;
    executeAfter: string;
    retentionYears: number;
    policyVersion: string;
  };
};

/** Recorded after the data key is destroyed (crypto-shredding); `requestEventId` names the request. */
export type PersonalDataErased = {
  type: 'PersonalDataErased';
  schemaVersion: 1;
  data: { customerId: string; at: string; requestedBy: string; requestEventId: string };
};
