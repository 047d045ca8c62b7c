import { describe, expect, it } from 'vitest';
import { parseContentDate } from '../../src/lifecycle/beijing-time';
import { compileSchedule } from '../../src/services/opening-hours';
import { alwaysOpen, clinicsInOrder, hotlinesInOrder } from '../../src/services/urgency';

const FROM = parseContentDate('2026-11-22T12:00')!;
const schedule = (hours: string) => compileSchedule(hours, FROM);

describe('what matters first', () => {
  it('knows a line that never closes', () => {
    expect(alwaysOpen(schedule('24/7'))).toBe(true);
    expect(alwaysOpen(schedule('Mo-Fr 08:00-18:00'))).toBe(false);
    expect(alwaysOpen(schedule('24/7; 2026 Dec 01 off'))).toBe(false);
  });

  it('puts 24-hour hotlines first in a category', () => {
    const lines = [
      { id: 'a', data: { name: '白天咨询', hours: 'Mo-Fr 08:00-18:00' } },
      { id: 'b', data: { name: '全天值班', hours: '24/7' } },
    ];
    expect(hotlinesInOrder(lines, (l) => schedule(l.data.hours)).map((l) => l.id)).toEqual(['b', 'a']);
  });

  it('puts open fever clinics first and paused or closed sites last', () => {
    const clinic = (name: string, kind: string, status: 'open' | 'paused' | 'closed', hours = 'Mo-Fr 08:00-18:00') => ({ data: { name, kind, status, hours } });
    const clinics = [
      clinic('停用门诊', '发热门诊', 'closed', '24/7'),
      clinic('采样点', '核酸采样点', 'open', '24/7'),
      clinic('暂停哨点', '发热哨点', 'paused'),
      clinic('白天门诊', '发热门诊', 'open'),
      clinic('全天门诊', '发热门诊', 'open', '24/7'),
    ];
    expect(clinicsInOrder(clinics, (c) => schedule(c.data.hours)).map((c) => c.data.name)).toEqual(['全天门诊', '白天门诊', '采样点', '暂停哨点', '停用门诊']);
  });
});
