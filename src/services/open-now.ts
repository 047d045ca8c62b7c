/**
 * "Is it open now?" from a compiled schedule, in Beijing time whatever the
 * device's time zone. Pure and small: it runs in the browser.
 */

/** Open intervals of one day, in minutes after Beijing midnight: [start, end), end ≤ 1440. */
export type DayIntervals = Array<[number, number]>;

export interface Schedule {
  /** Weekly pattern, 0 = Sunday … 6 = Saturday. */
  week: DayIntervals[];
  /** Dates (YYYY-MM-DD, Beijing) whose hours differ from the weekly pattern. */
  exceptions: Record<string, DayIntervals>;
}

export interface OpenState {
  open: boolean;
  /** Plain Chinese: 正在服务（17:30 结束） / 已休息，明天 08:30 开始. */
  text: string;
}

const OFFSET = 8 * 3600_000;
const DAY = 86_400_000;
const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
const hhmm = (m: number) => `${String(Math.floor(m / 60) % 24).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

function dayOf(schedule: Schedule, dayNumber: number): DayIntervals {
  const date = new Date(dayNumber * DAY).toISOString().slice(0, 10);
  return schedule.exceptions[date] ?? schedule.week[new Date(dayNumber * DAY).getUTCDay()] ?? [];
}

function whenText(offsetDays: number, dayNumber: number, minute: number): string {
  const day = offsetDays === 0 ? '今天' : offsetDays === 1 ? '明天' : offsetDays === 2 ? '后天' : WEEKDAYS[new Date(dayNumber * DAY).getUTCDay()];
  return `${day} ${hhmm(minute)}`;
}

/** Open or closed at `now`, and until when / from when, looking up to two weeks ahead. */
export function openState(schedule: Schedule, now: Date): OpenState {
  const shifted = now.getTime() + OFFSET;
  const today = Math.floor(shifted / DAY);
  const minute = Math.floor((shifted - today * DAY) / 60_000);
  const current = dayOf(schedule, today).find(([s, e]) => s <= minute && minute < e);
  if (current) {
    // Follow the opening across midnight (24/7, or 22:00–次日 06:00).
    let end = current[1];
    let day = today;
    while (end === 1440 && day - today < 14) {
      const next = dayOf(schedule, day + 1).find(([s]) => s === 0);
      if (!next) break;
      day += 1;
      end = next[1];
    }
    if (end === 1440) return { open: true, text: '正在服务（全天24小时）' };
    return { open: true, text: `正在服务（${whenText(day - today, day, end)} 结束）` };
  }
  for (let offset = 0; offset <= 14; offset++) {
    const next = dayOf(schedule, today + offset).find(([s]) => offset > 0 || s > minute);
    if (next) return { open: false, text: `已休息，${whenText(offset, today + offset, next[0])} 开始` };
  }
  return { open: false, text: '已休息，近期没有开放时间' };
}
