import { describe, expect, it } from 'vitest';
import { parseContentDate } from '../../src/lifecycle/beijing-time';
import { compileSchedule, describeSchedule } from '../../src/services/opening-hours';
import { openState } from '../../src/services/open-now';

const at = (text: string) => parseContentDate(text)!;
const FROM = at('2026-11-22T12:00');

describe('describing hours in plain Chinese', () => {
  it('says 24/7 in words', () => {
    expect(describeSchedule(compileSchedule('24/7', FROM))).toEqual(['全天24小时，每天都有人接听']);
  });
  it('groups weekdays and lists both sessions', () => {
    expect(describeSchedule(compileSchedule('Mo-Fr 08:30-12:00,14:30-17:30', FROM))).toEqual([
      '周一至周五 08:30–12:00、14:30–17:30',
      '周六、周日 休息',
    ]);
  });
  it('spells out a dated exception', () => {
    const lines = describeSchedule(compileSchedule('Mo-Fr 08:30-17:30; 2026 Nov 26-2026 Nov 27 off', FROM));
    expect(lines).toContain('2026年11月26日至2026年11月27日 休息');
  });
});

describe('open now, in Beijing time', () => {
  const office = compileSchedule('Mo-Fr 08:30-12:00,14:30-17:30', FROM);
  it('is open on a weekday morning in Beijing', () => {
    // Monday 2026-11-23 09:00 Beijing = Sunday 20:00 in New York.
    expect(openState(office, at('2026-11-23T09:00'))).toEqual({ open: true, text: '正在服务（今天 12:00 结束）' });
  });
  it('is closed one minute before opening and says when it opens', () => {
    expect(openState(office, at('2026-11-23T08:29'))).toEqual({ open: false, text: '已休息，今天 08:30 开始' });
  });
  it('counts the day from Beijing midnight, not UTC midnight', () => {
    // 2026-11-23T23:59 Beijing is Monday night; next opening is Tuesday 08:30 (明天).
    expect(openState(office, at('2026-11-23T23:59')).text).toBe('已休息，明天 08:30 开始');
    expect(openState(office, at('2026-11-24T00:00')).text).toBe('已休息，今天 08:30 开始');
  });
  it('skips the weekend', () => {
    expect(openState(office, at('2026-11-27T18:00')).text).toBe('已休息，周一 08:30 开始');
  });
  it('follows a 24/7 line across midnight', () => {
    expect(openState(compileSchedule('24/7', FROM), at('2026-11-23T23:59'))).toEqual({ open: true, text: '正在服务（全天24小时）' });
  });
  it('knows a dated day off', () => {
    const hours = compileSchedule('Mo-Fr 08:30-17:30; 2026 Nov 26-2026 Nov 27 off', FROM);
    expect(openState(hours, at('2026-11-26T10:00')).text).toBe('已休息，周一 08:30 开始');
  });
  it('follows an evening session past midnight', () => {
    const night = compileSchedule('Mo-Su 20:00-02:00', FROM);
    expect(openState(night, at('2026-11-23T23:00')).text).toBe('正在服务（明天 02:00 结束）');
  });
});
