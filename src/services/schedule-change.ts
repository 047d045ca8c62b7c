/**
 * When a place's printed schedule next changes. Pages compile opening hours
 * for the SCHEDULE_DAYS days from the build's day (compileSchedule), so a rule
 * with dates in it — `2027 Jan 25-2027 Jan 31 off`, holidays — gives a
 * different schedule on the day a dated exception enters that window or
 * passes. A rule that is the same every week never changes.
 */
import { startOfBeijingDay } from '../lifecycle/beijing-time';
import { hoursByDay, isWeekStable, SCHEDULE_DAYS, scheduleOfDays } from './opening-hours';

/**
 * The first Beijing midnight after `now`, within `horizonDays` days, at which
 * `compileSchedule(value, thatMidnight)` differs from `compileSchedule(value, now)`;
 * undefined when none does. Days are evaluated once and the window slides over
 * them, so a year ahead costs one evaluation of SCHEDULE_DAYS + a year of days.
 */
export function nextScheduleChange(value: string, now: Date, horizonDays: number): Date | undefined {
  if (isWeekStable(value)) return undefined;
  const days = hoursByDay(value, now, SCHEDULE_DAYS + horizonDays);
  const scheduleFrom = (first: number) => JSON.stringify(scheduleOfDays(days.slice(first, first + SCHEDULE_DAYS)));
  const today = scheduleFrom(0);
  for (let later = 1; later <= horizonDays; later++) {
    if (scheduleFrom(later) !== today) return startOfBeijingDay(now, later);
  }
  return undefined;
}
