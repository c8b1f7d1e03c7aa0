// Calendar arithmetic on YYYY-MM-DD strings, in UTC so the machine's time zone never shifts a day.

export function parseIso(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

const TWO = Array.from({ length: 32 }, (_, n) => String(n).padStart(2, '0'));

export function toIso(d: Date): string {
  // What toISOString().slice(0, 10) gives, without building the whole string, for years 0 to 9999; other years
  // (and invalid dates, which throw) go through toISOString.
  const y = d.getUTCFullYear();
  if (!(y >= 0 && y <= 9999)) return d.toISOString().slice(0, 10);
  return `${y < 1000 ? String(y).padStart(4, '0') : y}-${TWO[d.getUTCMonth() + 1]}-${TWO[d.getUTCDate()]}`;
}

/** The last date found valid: an article's date is checked once for a run of articles of that day. */
let lastValid = '';

export function isValidIso(iso: string): boolean {
  if (iso === lastValid) return true;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return false;
  const ok = toIso(parseIso(iso)) === iso;
  if (ok) lastValid = iso;
  return ok;
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
