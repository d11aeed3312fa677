/**
 * What the 360 view carries beyond the state: seed 004 历史咨询记录 asks for the recent
 * consultations; how many is the bank's choice (issue 17 names 20).
 */
export type Customer360Policy = { recentContacts: number };

export const CUSTOMER_360_POLICY: Customer360Policy = { recentContacts: 20 };
