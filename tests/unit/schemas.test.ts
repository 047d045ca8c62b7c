import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parseContentDate } from '../../src/lifecycle/beijing-time';
import { parseContentSource } from '../../src/checking/content-source';
import { ENTRY_SCHEMAS, REGIONS } from '../../src/content-model/kinds';
import { ClinicSchema } from '../../src/schemas/clinic';
import { NoticeSchema } from '../../src/schemas/notice';
import { RegionSchema } from '../../src/schemas/region';

const FIXTURES = join(import.meta.dirname, '../fixtures/schemas');
const CJK = /[\u4e00-\u9fff]/;

const SCHEMAS: Record<string, z.ZodType> = { ...ENTRY_SCHEMAS, regions: REGIONS.listSchema };

/** Reads a fixture the way the site does (front matter / YAML via parseContentSource), then validates it. */
function parseFixture(file: string) {
  const kind = file.split('/')[0]!;
  const source = parseContentSource(file, readFileSync(join(FIXTURES, file), 'utf8'));
  expect(source.syntaxError, `${file} should be readable YAML`).toBeUndefined();
  return SCHEMAS[kind]!.safeParse(source.data);
}

/** Field paths of the issues, with an unknown key reported at the key itself (as authors see it). */
function issuePaths(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...issue.path, key].join('.')) : [issue.path.join('.')],
  );
}

function parsedData(file: string): any {
  const result = parseFixture(file);
  if (!result.success) throw new Error(`${file}: ${JSON.stringify(result.error.issues)}`);
  return result.data;
}

const fixtureFiles = (prefix: string) =>
  Object.keys(SCHEMAS).flatMap((kind) =>
    readdirSync(join(FIXTURES, kind))
      .filter((name) => name.startsWith(prefix))
      .map((name) => `${kind}/${name}`),
  );

/** Each bad fixture breaks exactly one rule, reported at this field. */
const BAD: Record<string, string> = {
  'notices/bad-missing-title.md': 'title',
  'notices/bad-doctype.md': 'docType',
  'notices/bad-summary-141-chars.md': 'summary',
  'notices/bad-effective-before-issued.md': 'effective',
  'notices/bad-expires-not-after-effective.md': 'expires',
  'notices/bad-unknown-field-expire.md': 'expire',
  'notices/bad-date-feb-30.md': 'issued',
  'notices/bad-withdrawn-without-reason.md': 'withdrawn.reason',
  'articles/bad-cover-without-alt.md': 'cover.alt',
  'articles/bad-missing-author.md': 'author',
  'rhymes/bad-form.md': 'form',
  'rhymes/bad-audio-wav.md': 'audio.file',
  'hotlines/bad-opening-hours.yaml': 'hours',
  'hotlines/bad-phone.yaml': 'phones.1',
  'hotlines/bad-category.yaml': 'category',
  'hotlines/bad-missing-verified.yaml': 'verified',
  'hotlines/bad-no-phones.yaml': 'phones',
  'clinics/bad-latitude-out-of-range.yaml': 'location.lat',
  'clinics/bad-kind.yaml': 'kind',
  'clinics/bad-status.yaml': 'status',
  'regions/bad-region-id.yaml': '1.id',
};

describe('good fixtures', () => {
  it.each(fixtureFiles('good-'))('accepts %s', (file) => {
    const result = parseFixture(file);
    expect(result.error?.issues).toBeUndefined();
    expect(result.success).toBe(true);
  });

  it('reads notice dates as Beijing time, including a datetime without offset', () => {
    const notice = parsedData('notices/good-full.md');
    expect(notice.issued).toEqual(parseContentDate('2026-11-22'));
    expect(notice.issued.toISOString()).toBe('2026-11-21T16:00:00.000Z');
    expect(notice.effective.toISOString()).toBe('2026-11-22T10:00:00.000Z');
    expect(notice.withdrawn.date.toISOString()).toBe('2026-12-01T01:00:00.000Z');
    expect(notice.changes[0].date.toISOString()).toBe('2026-11-22T16:00:00.000Z');
  });

  it('accepts a joint notice whose authority is a list', () => {
    expect(parsedData('notices/good-joint-authority.mdx').authority).toEqual(['岚溪区疫情防控指挥部', '岚溪区交通运输局']);
  });

  it('keeps hotline numbers as written, leading zeros included', () => {
    expect(parsedData('hotlines/good-hotline.yaml').phones).toEqual(['0731-84567890', '073184567891', '12345']);
  });

  it('defaults a clinic status to open', () => {
    expect(parsedData('clinics/good-clinic.yaml').status).toBe('open');
  });
});

describe('bad fixtures', () => {
  it('every bad fixture has an expected field in this test', () => {
    expect(fixtureFiles('bad-').sort()).toEqual(Object.keys(BAD).sort());
  });

  it.each(Object.entries(BAD))('rejects %s at field %s, in Chinese', (file, field) => {
    const result = parseFixture(file);
    expect(result.success).toBe(false);
    const issues = result.error!.issues;
    expect(issuePaths(issues)).toEqual([field]);
    for (const issue of issues) expect(issue.message).toMatch(CJK);
  });
});

describe('field rules', () => {
  const notice = { title: '通告', docType: '通告', authority: '岚溪区疫情防控指挥部', issued: '2026-11-22' };

  it('counts summary length in characters, not bytes or UTF-16 units', () => {
    expect(NoticeSchema.safeParse({ ...notice, summary: '防'.repeat(140) }).success).toBe(true);
    expect(NoticeSchema.safeParse({ ...notice, summary: '😷'.repeat(140) }).success).toBe(true);
    const tooLong = NoticeSchema.safeParse({ ...notice, summary: '防'.repeat(141) });
    expect(tooLong.error?.issues[0]?.message).toContain('141');
  });

  it('lets a notice take effect on the day it is issued, but not expire then', () => {
    expect(NoticeSchema.safeParse({ ...notice, effective: '2026-11-22' }).success).toBe(true);
    expect(NoticeSchema.safeParse({ ...notice, expires: '2026-11-22T00:00:01' }).success).toBe(true);
    expect(issuePaths(NoticeSchema.safeParse({ ...notice, expires: '2026-11-22' }).error!.issues)).toEqual(['expires']);
  });

  it('compares expires with issued when effective is not given', () => {
    expect(issuePaths(NoticeSchema.safeParse({ ...notice, expires: '2026-11-21' }).error!.issues)).toEqual(['expires']);
  });

  it('rejects a region id that is not kebab-case ASCII', () => {
    expect(RegionSchema.safeParse({ id: 'Qingshi_Jiedao', name: '青石街道' }).success).toBe(false);
    expect(RegionSchema.safeParse({ id: 'qingshi-jiedao', name: '青石街道', parent: 'lanxi' }).success).toBe(true);
  });

  it('rejects a longitude out of range', () => {
    const clinic = { name: '门诊', kind: '发热门诊', address: '人民路88号', region: 'lanxi', hours: '24/7', verified: '2026-11-18' };
    const result = ClinicSchema.safeParse({ ...clinic, location: { lat: 28, lng: 181 } });
    expect(issuePaths(result.error!.issues)).toEqual(['location.lng']);
  });
});
