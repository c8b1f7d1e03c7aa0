// Calendar arithmetic on YYYY-MM-DD strings, in UTC so the machine's time zone never shifts a day.

export function parseIso(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

export function toIso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function isValidIso(iso: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return false;
  return toIso(parseIso(iso)) === iso;
}

export function addDays(iso: string, n: number): string {
  const d = parseIso(iso);
  d.setUTCDate(d.getUTCDate() + n);
  return toIso(d);
}

/** 0 = Sunday ... 6 = Saturday */
export function weekday(iso: string): number {
  return parseIso(iso).getUTCDay();
}

/** Monday of the week that holds `iso`. */
export function weekStart(iso: string): string {
  return addDays(iso, -((weekday(iso) + 6) % 7));
}

export function monthRange(year: number, month: number): [string, string] {
  const first = toIso(new Date(Date.UTC(year, month - 1, 1)));
  const last = toIso(new Date(Date.UTC(year, month, 0)));
  return [first, last];
}

export function ymd(year: number, month: number, day: number): string {
  return toIso(new Date(Date.UTC(year, month - 1, day)));
}
