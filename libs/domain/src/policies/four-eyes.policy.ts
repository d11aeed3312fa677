/**
 * DESIGN §2, four-eyes by votes: a tier change needs `minimumCommitteeMembers` distinct approving
 * members (none the requester) agreeing on one tier; `rejectionsToClose` rejections close the
 * review unchanged; a review without either after `reviewExpiresAfterDays` expires. The seeds give
 * no numbers for the last two: they are the bank's to configure.
 */
export type FourEyesPolicy = {
  policyVersion: string;
  minimumCommitteeMembers: number;
  rejectionsToClose: number;
  reviewExpiresAfterDays: number;
};

export const FOUR_EYES_POLICY: FourEyesPolicy = {
  policyVersion: 'four-eyes/v2',
  minimumCommitteeMembers: 2,
  rejectionsToClose: 2,
  reviewExpiresAfterDays: 30,
};
