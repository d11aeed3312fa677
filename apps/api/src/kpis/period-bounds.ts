/** A period label (2026-11-24, 2026-11, 2026-Q4) → its first or last business day. */
export function periodBound(label: string, edge: 'first' | 'last'): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(label);
  if (quarter !== null) {
    const [year, q] = [Number(quarter[1]), Number(quarter[2])];
    return edge === 'first' ? isoDay(year, (q - 1) * 3 + 1, 1) : lastDayOf(year, q * 3);
  }
  const month = /^(\d{4})-(\d{2})$/.exec(label);
  if (month !== null) {
    const [year, m] = [Number(month[1]), Number(month[2])];
    return edge === 'first' ? isoDay(year, m, 1) : lastDayOf(year, m);
  }
  return label;
}

function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function lastDayOf(year: number, month: number): string {
  return isoDay(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate());
}
