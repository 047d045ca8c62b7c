import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { proposedSeriesNo } from '../../src/scaffold/answers';
import { readContentFolder } from '../../src/scaffold/folder';
import { knownAuthorities, nextSeriesNo, numberedByDefault, seriesNoInTitle, usedSeriesNumbers } from '../../src/scaffold/series';

const notice = (authority: string | string[], docType: string, seriesNo?: number) => ({ data: { authority, docType, seriesNo } });
const A = '岚溪区疫情防控指挥部';
const B = '白沙镇人民政府';

describe('nextSeriesNo', () => {
  it('starts a new series at 第1号', () => {
    expect(nextSeriesNo([], { authority: A, docType: '通告' })).toBe(1);
  });

  it('is one more than the highest number in the series', () => {
    expect(nextSeriesNo([notice(A, '通告', 1), notice(A, '通告', 2)], { authority: A, docType: '通告' })).toBe(3);
  });

  it('never fills a gap: a missing number may have gone out on paper', () => {
    const notices = [notice(A, '通告', 1), notice(A, '通告', 2), notice(A, '通告', 4)];
    expect(nextSeriesNo(notices, { authority: A, docType: '通告' })).toBe(5);
  });

  it('counts each authority and each 文种 as its own series', () => {
    const notices = [notice(A, '通告', 7), notice(A, '调度令', 2), notice(B, '通告', 1), notice([A, B], '通告', 3)];
    expect(nextSeriesNo(notices, { authority: A, docType: '通告' })).toBe(8);
    expect(nextSeriesNo(notices, { authority: A, docType: '调度令' })).toBe(3);
    expect(nextSeriesNo(notices, { authority: B, docType: '通告' })).toBe(2);
    expect(nextSeriesNo(notices, { authority: A, docType: '通知' })).toBe(1);
    expect(nextSeriesNo(notices, { authority: [A, B], docType: '通告' })).toBe(4);
  });

  it('treats an authority written as a one-item list like the same text', () => {
    expect(nextSeriesNo([notice([A], '通告', 2)], { authority: A, docType: '通告' })).toBe(3);
  });

  it('ignores notices without a number', () => {
    expect(usedSeriesNumbers([notice(A, '通知'), notice(A, '通知', 2)], { authority: A, docType: '通知' })).toEqual([2]);
  });
});

describe('when a new notice is numbered by default', () => {
  it('numbers 通告 and 调度令, and any series already numbered', () => {
    expect(numberedByDefault([], { authority: A, docType: '通告' })).toBe(true);
    expect(numberedByDefault([], { authority: A, docType: '调度令' })).toBe(true);
    expect(numberedByDefault([], { authority: A, docType: '通知' })).toBe(false);
    expect(numberedByDefault([notice(A, '通知', 1)], { authority: A, docType: '通知' })).toBe(true);
  });
});

describe('numbering in a fixture folder', () => {
  const folder = readContentFolder(join(import.meta.dirname, '../fixtures/scaffold-basic/content'));

  it('proposes the next number per series from the files', () => {
    expect(proposedSeriesNo(folder, '通告', [A])).toBe(5);
    expect(proposedSeriesNo(folder, '调度令', [A])).toBe(2);
    expect(proposedSeriesNo(folder, '通告', [B])).toBe(2);
    expect(proposedSeriesNo(folder, '通知', [A])).toBeUndefined();
  });

  it('offers the authorities already used, most used first, joint ones as lists', () => {
    const known = knownAuthorities(folder.check.entries.filter((e) => e.kind === 'notices'));
    expect(known[0]).toEqual([A]);
    expect(known).toContainEqual([B]);
    expect(known).toContainEqual([A, '岚溪区交通运输局']);
  });
});

describe('seriesNoInTitle', () => {
  it('reads the number a title states', () => {
    expect(seriesNoInTitle('关于加强防控的通告（第12号）')).toBe(12);
    expect(seriesNoInTitle('关于加强防控的通告（第１２号）')).toBe(12);
    expect(seriesNoInTitle('关于加强防控的通告')).toBeUndefined();
  });
});
