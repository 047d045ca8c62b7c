/**
 * The one home of "what a date means". Every date in content is read in
 * Asia/Shanghai (UTC+8, no daylight saving), and everything shown or compared is
 * computed here, never from the build machine's time zone or locale.
 */

/** Beijing is UTC+8 all year round (China has had no daylight saving since 1991). */
export const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;
export const BEIJING_TIME_ZONE = 'Asia/Shanghai';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?\s*(Z|[+-]\d{2}:?\d{2})?$/;

/** Both written forms as one pattern (JSON Schema, the web editor), made from the two above so the three agree. */
const [DAY_PART, TIME_PART] = DATE_TIME.source.split('[T ]') as [string, string];
export const CONTENT_DATE_PATTERN = `${DAY_PART}(?:[T ]${TIME_PART.slice(0, -1)})?$`;

function isRealDay(year: number, month: number, day: number): boolean {
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

function offsetMs(zone: string | undefined): number {
  if (!zone) return BEIJING_OFFSET_MS;
  if (zone === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60 * 1000;
}

/**
 * Reads a content date: `2020-01-26` is the start of that day in Beijing;
 * `2020-01-26T18:00` is 18:00 Beijing time; `2020-01-26T18:00+08:00` carries
 * its own offset. Returns `undefined` for anything else (including 2月30日).
 */
export function parseContentDate(text: string): Date | undefined {
  const trimmed = text.trim();
  const dateOnly = DATE_ONLY.exec(trimmed);
  if (dateOnly) {
    const [year, month, day] = dateOnly.slice(1, 4).map(Number) as [number, number, number];
    if (!isRealDay(year, month, day)) return undefined;
    return new Date(Date.UTC(year, month - 1, day) - BEIJING_OFFSET_MS);
  }
  const dateTime = DATE_TIME.exec(trimmed);
  if (!dateTime) return undefined;
  const [year, month, day, hour, minute] = dateTime.slice(1, 6).map(Number) as [number, number, number, number, number];
  const second = Number(dateTime[6] ?? 0);
  const milli = Number((dateTime[7] ?? '0').padEnd(3, '0'));
  if (!isRealDay(year, month, day) || hour > 23 || minute > 59 || second > 59) return undefined;
  const wallClock = Date.UTC(year, month - 1, day, hour, minute, second, milli);
  return new Date(wallClock - offsetMs(dateTime[8]));
}

/** The calendar fields of an instant as a clock in Beijing shows them. */
export function beijingParts(date: Date) {
  const shifted = new Date(date.getTime() + BEIJING_OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
    /** 0 = Sunday … 6 = Saturday */
    weekday: shifted.getUTCDay(),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** True when the instant is exactly the start of a day in Beijing (a date written without a time). */
export function isStartOfBeijingDay(date: Date): boolean {
  const { hour, minute, second } = beijingParts(date);
  return hour === 0 && minute === 0 && second === 0 && date.getUTCMilliseconds() === 0;
}

/** `2026-11-22` in Beijing. */
export function isoDay(date: Date): string {
  const { year, month, day } = beijingParts(date);
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** `2026-11-22T18:00:00+08:00`: machine-readable, for `<time datetime>` and JSON. */
export function isoBeijing(date: Date): string {
  const p = beijingParts(date);
  return `${isoDay(date)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}+08:00`;
}

/** `2026年11月22日` */
export function formatDay(date: Date): string {
  const { year, month, day } = beijingParts(date);
  return `${year}年${month}月${day}日`;
}

/** `2026年11月22日 18:00`, or just the day when the time is midnight (a date-only value). */
export function formatDateTime(date: Date): string {
  if (isStartOfBeijingDay(date)) return formatDay(date);
  const { hour, minute } = beijingParts(date);
  return `${formatDay(date)} ${pad(hour)}:${pad(minute)}`;
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 on Beijing's calendar. */
const beijingDayNumber = (d: Date) => Math.floor((d.getTime() + BEIJING_OFFSET_MS) / DAY_MS);

/** Whole days from `earlier` to `later` counted on Beijing calendar days. */
export function beijingDaysBetween(earlier: Date, later: Date): number {
  return beijingDayNumber(later) - beijingDayNumber(earlier);
}

/**
 * The instant Beijing's calendar day of `date` starts, or the start of the day
 * `days` days later: where day-counted rules (待核实, a day's opening hours) flip.
 */
export function startOfBeijingDay(date: Date, days = 0): Date {
  return new Date((beijingDayNumber(date) + days) * DAY_MS - BEIJING_OFFSET_MS);
}

const RFC822_DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const RFC822_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `Sun, 22 Nov 2026 18:00:00 +0800`: an RFC 822 date for feeds, written in Beijing time. */
export function rfc822Beijing(date: Date): string {
  const p = beijingParts(date);
  return `${RFC822_DAYS[p.weekday]}, ${pad(p.day)} ${RFC822_MONTHS[p.month - 1]} ${p.year} ${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)} +0800`;
}
