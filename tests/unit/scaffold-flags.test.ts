import { describe, expect, it } from 'vitest';
import { parseFlags } from '../../src/scaffold/flags';
import { AnswerError } from '../../src/scaffold/notice-actions';

describe('parseFlags', () => {
  it('reads a notice, with a joint authority and the kind naming the 文种', () => {
    const flags = parseFlags(['--kind', '通知', '--title', '标题', '--authority', '甲', '--authority', '乙', '--issued', '2026-11-25', '--region', 'lanxi', '--yes']);
    expect(flags).toMatchObject({ yes: true, answers: { target: 'notice', docType: '通知', title: '标题', authority: ['甲', '乙'], date: '2026-11-25', region: 'lanxi' } });
  });

  it('takes several phone numbers in one flag or in several', () => {
    expect(parseFlags(['--kind', '热线', '--phone', '0700-01230001, 12345', '--phone', '110']).answers.phones).toEqual(['0700-01230001', '12345', '110']);
  });

  it('reads --series-no, also written as 第4号, and --no-series', () => {
    expect(parseFlags(['--series-no', '第4号']).answers.seriesNo).toBe(4);
    expect(parseFlags(['--no-series']).answers.seriesNo).toBeNull();
    expect(() => parseFlags(['--series-no', '0'])).toThrow(AnswerError);
  });

  it('turns --supersede and --withdraw into actions on that notice', () => {
    expect(parseFlags(['--supersede', 'a']).answers).toMatchObject({ target: 'supersede', notice: 'a' });
    expect(parseFlags(['--withdraw', 'a', '--reason', '原因', '--date', '2026-11-25']).answers).toMatchObject({ target: 'withdraw', notice: 'a', reason: '原因', date: '2026-11-25' });
  });

  it('refuses unknown kinds and flags, two actions at once, and two different dates, in Chinese', () => {
    expect(() => parseFlags(['--kind', '告示'])).toThrow(/--kind「告示」不认识/);
    expect(() => parseFlags(['--titel', 'x'])).toThrow(/命令行参数有误/);
    expect(() => parseFlags(['--kind', '通告', '--withdraw', 'a'])).toThrow(/一次只能用一个/);
    expect(() => parseFlags(['--issued', '2026-11-25', '--date', '2026-11-26'])).toThrow(/日期只写一个/);
  });
});
