/** schema.org objects for clinics, hotlines, notices and articles. */
import { isoBeijing } from '../lifecycle/beijing-time';
import type { DayIntervals, Schedule } from '../services/open-now';

const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const hhmm = (m: number) => (m >= 1440 ? '23:59' : `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);

/** The weekly pattern as OpeningHoursSpecification, one per distinct set of hours. */
export function openingHoursSpecification(schedule: Schedule) {
  const groups = new Map<string, { days: string[]; intervals: DayIntervals }>();
  schedule.week.forEach((intervals, weekday) => {
    const key = JSON.stringify(intervals);
    const group = groups.get(key) ?? { days: [], intervals };
    group.days.push(`https://schema.org/${DAY_NAMES[weekday]}`);
    groups.set(key, group);
  });
  return [...groups.values()].flatMap(({ days, intervals }) =>
    intervals.map(([s, e]) => ({ '@type': 'OpeningHoursSpecification', dayOfWeek: days, opens: hhmm(s), closes: hhmm(e) })),
  );
}

export function clinicJsonLd(clinic: {
  url: string;
  name: string;
  address: string;
  phones?: string[];
  location?: { lat: number; lng: number };
  schedule: Schedule;
  kind: string;
}) {
  return {
    '@type': 'MedicalClinic',
    '@id': clinic.url,
    url: clinic.url,
    name: clinic.name,
    description: clinic.kind,
    address: { '@type': 'PostalAddress', streetAddress: clinic.address, addressCountry: 'CN' },
    ...(clinic.phones?.length ? { telephone: clinic.phones[0] } : {}),
    ...(clinic.location ? { geo: { '@type': 'GeoCoordinates', latitude: clinic.location.lat, longitude: clinic.location.lng } } : {}),
    openingHoursSpecification: openingHoursSpecification(clinic.schedule),
  };
}

/** schema.org's language tag for an entry's `lang` (Traditional text is zh-Hant, not zh-CN). */
const inLanguage = (lang: string | undefined) => (lang === 'zh-Hant' ? 'zh-Hant' : 'zh-CN');

export function noticeJsonLd(notice: {
  url: string;
  title: string;
  issued: Date;
  /** Its own expiry, or when it stopped applying (replaced, withdrawn): machines must not read a lapsed notice as current. */
  expires?: Date;
  summary?: string;
  /** The region it covers. */
  region: string;
  /** 通告, 公告, 通知 or 调度令. */
  docType: string;
  lang?: string;
}) {
  return {
    '@type': 'SpecialAnnouncement',
    name: notice.title,
    url: notice.url,
    datePosted: isoBeijing(notice.issued),
    ...(notice.expires ? { expires: isoBeijing(notice.expires) } : {}),
    ...(notice.summary ? { text: notice.summary } : {}),
    category: notice.docType,
    inLanguage: inLanguage(notice.lang),
    spatialCoverage: { '@type': 'AdministrativeArea', name: notice.region },
  };
}

export function articleJsonLd(article: { url: string; title: string; published: Date; updated?: Date; authors: string[]; publisher: string; image?: string; summary?: string; lang?: string }) {
  return {
    '@type': 'NewsArticle',
    headline: article.title,
    url: article.url,
    mainEntityOfPage: article.url,
    datePublished: isoBeijing(article.published),
    dateModified: isoBeijing(article.updated ?? article.published),
    author: article.authors.map((name) => ({ '@type': 'Person', name })),
    publisher: { '@type': 'GovernmentOrganization', name: article.publisher },
    ...(article.image ? { image: article.image } : {}),
    ...(article.summary ? { description: article.summary } : {}),
    inLanguage: inLanguage(article.lang),
  };
}

/** The hotline directory as the contact points of the body running the site. */
export function hotlinesJsonLd(authority: string, url: string, lines: Array<{ id: string; name: string; category: string; phones: string[]; languages?: string[]; schedule: Schedule }>) {
  return {
    '@type': 'GovernmentOrganization',
    name: authority,
    url,
    contactPoint: lines.map((line) => ({
      '@type': 'ContactPoint',
      '@id': `${url}#${line.id}`,
      name: line.name,
      contactType: line.category,
      telephone: line.phones[0],
      ...(line.languages?.length ? { availableLanguage: line.languages } : {}),
      hoursAvailable: openingHoursSpecification(line.schedule),
      areaServed: 'CN',
    })),
  };
}
