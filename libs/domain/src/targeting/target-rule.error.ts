/** A target rule that does not parse; `field` is the dotted path of the bad term (a 400 at the API). */
export class TargetRuleError extends Error {
  constructor(
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${field}: ${problem}`);
    this.name = 'TargetRuleError';
  }
}
