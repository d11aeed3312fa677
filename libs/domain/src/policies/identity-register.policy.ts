/**
 * When a registered idNumber whose customer never got onboarded counts as abandoned (the process
 * stopped between the two appends) and may be registered anew. Not in the seeds: a bank default.
 * Long against the milliseconds between the two appends, so a concurrent onboarding is never overtaken.
 */
export type IdentityRegisterPolicy = { abandonedAfterSeconds: number };

export const IDENTITY_REGISTER_POLICY: IdentityRegisterPolicy = { abandonedAfterSeconds: 300 };
