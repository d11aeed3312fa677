/**
 * The form an idNumber is compared in: spaces and dashes dropped, letters upper-cased (a resident
 * id's check character `x` is `X`), so one number typed two ways is one number.
 */
export function normalisedIdNumber(idNumber: string): string {
  return idNumber.replace(/[\s-]/g, '').toUpperCase();
}
