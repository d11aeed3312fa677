/** Who issued a command: the caller's token subject and role, or `system` for automatic decisions. */
export type Actor = { id: string; role: string };

export const SYSTEM_ACTOR: Actor = { id: 'system', role: 'system' };
