/** Seed 001 P2: VIP events are raised to invite the guests a week ahead (活动前一周). */
export type VipEventPolicy = { policyVersion: string; inviteDaysBefore: number };

export const VIP_EVENT_POLICY: VipEventPolicy = { policyVersion: 'vip-event/v1', inviteDaysBefore: 7 };
