import { describe, expect, it } from 'vitest';
import { parseContentDate } from '../../src/lifecycle/beijing-time';
import { compileSchedule } from '../../src/services/opening-hours';
import { articleJsonLd, clinicJsonLd, hotlinesJsonLd, noticeJsonLd, openingHoursSpecification } from '../../src/site/structured-data';

const FROM = parseContentDate('2026-11-22T12:00')!;

describe('schema.org structured data', () => {
  it('writes weekday hours as OpeningHoursSpecification, one per session', () => {
    const spec = openingHoursSpecification(compileSchedule('Mo-Fr 08:30-12:00,14:30-17:30', FROM));
    expect(spec).toHaveLength(2);
    expect(spec[0]).toMatchObject({ '@type': 'OpeningHoursSpecification', opens: '08:30', closes: '12:00' });
    expect(spec[0]!.dayOfWeek).toHaveLength(5);
  });
  it('describes a clinic as MedicalClinic with address, geo, telephone and hours', () => {
    const ld = clinicJsonLd({ url: 'https://x.example/clinics/a/', name: '门诊', address: '某路1号', phones: ['0700-01230001'], location: { lat: 28, lng: 113 }, kind: '发热门诊', schedule: compileSchedule('24/7', FROM) });
    expect(ld).toMatchObject({ '@type': 'MedicalClinic', telephone: '0700-01230001', geo: { latitude: 28, longitude: 113 }, address: { streetAddress: '某路1号' } });
    expect(ld.openingHoursSpecification).toEqual([expect.objectContaining({ opens: '00:00', closes: '23:59' })]);
  });
  it('lists hotlines as ContactPoints with their anchors', () => {
    const ld = hotlinesJsonLd('某指挥部', 'https://x.example/hotlines/', [{ id: 'a', name: '热线', category: '应急', phones: ['12345'], schedule: compileSchedule('24/7', FROM) }]);
    expect(ld.contactPoint[0]).toMatchObject({ '@type': 'ContactPoint', '@id': 'https://x.example/hotlines/#a', telephone: '12345', contactType: '应急' });
  });
  it('marks a notice as a SpecialAnnouncement with Beijing dates, the area it covers and its kind', () => {
    const ld = noticeJsonLd({ url: 'u', title: 't', issued: parseContentDate('2026-11-22')!, expires: parseContentDate('2026-11-30')!, region: '某区', docType: '通告' });
    expect(ld).toMatchObject({ '@type': 'SpecialAnnouncement', datePosted: '2026-11-22T00:00:00+08:00', expires: '2026-11-30T00:00:00+08:00', category: '通告', inLanguage: 'zh-CN' });
    expect(ld.spatialCoverage).toEqual({ '@type': 'AdministrativeArea', name: '某区' });
    expect(ld).not.toHaveProperty('announcementLocation');
  });
  it('names Traditional text zh-Hant', () => {
    expect(noticeJsonLd({ url: 'u', title: 't', issued: FROM, region: '某区', docType: '公告', lang: 'zh-Hant' }).inLanguage).toBe('zh-Hant');
  });
  it('describes an article as a NewsArticle by its authors, published by the office', () => {
    const ld = articleJsonLd({ url: 'https://x.example/articles/a/', title: '标题', published: FROM, authors: ['林晓', '周南'], publisher: '某指挥部' });
    expect(ld).toMatchObject({ '@type': 'NewsArticle', headline: '标题', datePublished: '2026-11-22T12:00:00+08:00', dateModified: '2026-11-22T12:00:00+08:00', publisher: { name: '某指挥部' } });
    expect(ld.author).toEqual([{ '@type': 'Person', name: '林晓' }, { '@type': 'Person', name: '周南' }]);
  });
});
