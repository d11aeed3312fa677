/** DESIGN §2: a tier change is approved by a committee of at least this many members. */
export type FourEyesPolicy = { policyVersion: string; minimumCommitteeMembers: number };

export const FOUR_EYES_POLICY: FourEyesPolicy = { policyVersion: 'four-eyes/v1', minimumCommitteeMembers: 2 };
