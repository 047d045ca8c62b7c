/**
 * What matters first in the lists residents scan in a hurry: lines and sites
 * that are always there before the others, open fever clinics before other
 * sites, paused and closed ones last. This is the order the page is built in,
 * complete without JavaScript; in the browser, whatever is open at that moment
 * moves up within it (HoursInfo's script), keeping this order among equals.
 */
import type { ClinicStatus } from './clinic-status';
import type { Schedule } from './open-now';

/** Open all day every day, with no dated exception that closes it. */
export function alwaysOpen(schedule: Schedule): boolean {
  const fullDay = (day: Array<[number, number]>) => day.length === 1 && day[0]![0] === 0 && day[0]![1] === 1440;
  return schedule.week.every(fullDay) && Object.values(schedule.exceptions).every(fullDay);
}

const byName = (a: string, b: string) => a.localeCompare(b, 'zh-Hans-CN');

/** Hotlines of one category: 24-hour lines first, then by name. */
export function hotlinesInOrder<T extends { id: string; data: { name: string } }>(lines: readonly T[], scheduleOf: (line: T) => Schedule): T[] {
  const rank = (line: T) => (alwaysOpen(scheduleOf(line)) ? 0 : 1);
  return [...lines].sort((a, b) => rank(a) - rank(b) || byName(a.data.name, b.data.name));
}

const STATUS_RANK: Record<ClinicStatus, number> = { open: 0, paused: 1, closed: 2 };

/** Sites: open before paused before closed; among open ones 发热门诊 first, then 24-hour sites; then by name. */
export function clinicsInOrder<T extends { data: { name: string; kind: string; status: ClinicStatus } }>(clinics: readonly T[], scheduleOf: (clinic: T) => Schedule): T[] {
  const rank = (clinic: T) => [STATUS_RANK[clinic.data.status], clinic.data.kind === '发热门诊' ? 0 : 1, alwaysOpen(scheduleOf(clinic)) ? 0 : 1];
  return [...clinics].sort((a, b) => {
    const [x, y] = [rank(a), rank(b)];
    return x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]! || byName(a.data.name, b.data.name);
  });
}
