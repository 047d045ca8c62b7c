/**
 * Opening hours in OpenStreetMap `opening_hours` syntax, parsed and evaluated by
 * the opening_hours library, in Beijing time whatever the machine's zone. The
 * result is a compact schedule (a weekly pattern plus dated exceptions) that
 * pages describe in plain Chinese and that the browser reads to say "open now".
 */
import OpeningHours from 'opening_hours';
import { beijingParts, isoDay, startOfBeijingDay } from '../lifecycle/beijing-time';
import type { DayIntervals, Schedule } from './open-now';

/** China, for rules that name public holidays (PH) or school holidays (SH). */
const CHINA = { lat: 28.2, lon: 112.9, address: { country_code: 'cn', state: '' } };
const DAY_MS = 86_400_000;

/**
 * The library reads a Date's local fields; this Date's local fields are the
 * Beijing wall clock of `beijingMidnight + minutes`.
 */
function localClockOf(instant: Date): Date {
  const p = beijingParts(instant);
  return new Date(p.year, p.month - 1, p.day, p.hour, p.minute);
}

function minutesOfLocal(date: Date): number {
  return date.getHours() * 60 + date.getMinutes();
}

function dayIntervals(hours: OpeningHours, beijingMidnight: Date): DayIntervals {
  const from = localClockOf(beijingMidnight);
  const to = new Date(from.getFullYear(), from.getMonth(), from.getDate() + 1);
  return hours.getOpenIntervals(from, to).map(([start, end]): [number, number] => [
    minutesOfLocal(start),
    end.getTime() >= to.getTime() ? 1440 : minutesOfLocal(end),
  ]);
}

const key = (intervals: DayIntervals) => JSON.stringify(intervals);

/** Many places share the same hours: each distinct rule is evaluated once per day and span. */
const compiled = new Map<string, Schedule>();

/** How many days a compiled schedule covers from the day it is compiled. */
export const SCHEDULE_DAYS = 90;

/**
 * Evaluates `value` for `days` days from the Beijing day of `from`: the most
 * common hours of each weekday become the weekly pattern, other days exceptions.
 * Throws the library's error for invalid syntax. The result is shared: read it, do not change it.
 */
export function compileSchedule(value: string, from: Date, days = SCHEDULE_DAYS): Schedule {
  const cacheKey = `${isoDay(from)} ${days} ${value}`;
  let schedule = compiled.get(cacheKey);
  if (!schedule) {
    schedule = scheduleOfDays(hoursByDay(value, from, days));
    compiled.set(cacheKey, schedule);
  }
  return schedule;
}

/** One Beijing day's open intervals. */
export interface DayHours {
  /** YYYY-MM-DD, Beijing. */
  date: string;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
  intervals: DayIntervals;
}

/**
 * The open intervals of each of `days` Beijing days from the day of `from`.
 * Exported with scheduleOfDays so the schedule's next change can slide its
 * window over one evaluation (schedule-change.ts) instead of compiling again per day.
 */
export function hoursByDay(value: string, from: Date, days: number): DayHours[] {
  const hours = new OpeningHours(value, CHINA);
  const start = startOfBeijingDay(from);
  return Array.from({ length: days }, (_, i) => {
    const midnight = new Date(start.getTime() + i * DAY_MS);
    return { date: isoDay(midnight), weekday: beijingParts(midnight).weekday, intervals: dayIntervals(hours, midnight) };
  });
}

/** The schedule of a run of days: each weekday's most common hours, other days as exceptions. */
export function scheduleOfDays(byDay: readonly DayHours[]): Schedule {
  const week = Array.from({ length: 7 }, (_, weekday) => {
    const counts = new Map<string, { intervals: DayIntervals; n: number }>();
    for (const day of byDay.filter((d) => d.weekday === weekday)) {
      const entry = counts.get(key(day.intervals)) ?? { intervals: day.intervals, n: 0 };
      counts.set(key(day.intervals), { ...entry, n: entry.n + 1 });
    }
    return [...counts.values()].sort((a, b) => b.n - a.n)[0]?.intervals ?? [];
  });
  const exceptions: Record<string, DayIntervals> = {};
  for (const day of byDay) {
    if (key(day.intervals) !== key(week[day.weekday]!)) exceptions[day.date] = day.intervals;
  }
  return { week, exceptions };
}

/** True when every week has the same hours (no dates, holidays or week numbers): its schedule never changes. */
export function isWeekStable(value: string): boolean {
  return new OpeningHours(value, CHINA).isWeekStable();
}

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
const MONDAY_FIRST = [1, 2, 3, 4, 5, 6, 0];
const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** `08:30–12:00、14:30–17:30`, `全天` or `休息`. */
export function describeIntervals(intervals: DayIntervals): string {
  if (!intervals.length) return '休息';
  if (intervals.length === 1 && intervals[0]![0] === 0 && intervals[0]![1] === 1440) return '全天24小时';
  return intervals.map(([s, e]) => `${hhmm(s)}–${hhmm(e)}`).join('、');
}

function runsOf<T>(items: T[], same: (a: T, b: T) => boolean): T[][] {
  const runs: T[][] = [];
  for (const item of items) {
    const last = runs.at(-1);
    if (last && same(last.at(-1)!, item)) last.push(item);
    else runs.push([item]);
  }
  return runs;
}

function dayName(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** The schedule in plain Chinese, one line per group of days, then the exceptions. */
export function describeSchedule(schedule: Schedule): string[] {
  const days = MONDAY_FIRST.map((weekday) => ({ weekday, intervals: schedule.week[weekday] ?? [] }));
  const runs = runsOf(days, (a, b) => key(a.intervals) === key(b.intervals));
  const lines =
    runs.length === 1
      ? [`每天 ${describeIntervals(days[0]!.intervals)}`]
      : runs.map((run) => {
          const names = run.map((d) => WEEKDAYS[d.weekday]);
          const label = run.length >= 3 ? `${names[0]}至${names.at(-1)}` : names.join('、');
          return `${label} ${describeIntervals(run[0]!.intervals)}`;
        });
  const dated = Object.entries(schedule.exceptions).sort(([a], [b]) => a.localeCompare(b));
  const consecutive = (a: [string, DayIntervals], b: [string, DayIntervals]) =>
    key(a[1]) === key(b[1]) && Date.parse(`${b[0]}T00:00Z`) - Date.parse(`${a[0]}T00:00Z`) === DAY_MS;
  for (const run of runsOf(dated, consecutive)) {
    const [first] = run[0]!;
    const [last] = run.at(-1)!;
    lines.push(`${first === last ? dayName(first) : `${dayName(first)}至${dayName(last)}`} ${describeIntervals(run[0]![1])}`);
  }
  return lines.map((line) => line.replace('每天 全天24小时', '全天24小时，每天都有人接听'));
}
