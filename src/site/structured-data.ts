/** schema.org objects for clinics, hotlines and notices. */
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

export function noticeJsonLd(notice: { url: string; title: string; issued: Date; expires?: Date; summary?: string; category: string }) {
  return {
    '@type': 'SpecialAnnouncement',
    name: notice.title,
    url: notice.url,
    datePosted: isoBeijing(notice.issued),
    ...(notice.expires ? { expires: isoBeijing(notice.expires) } : {}),
    ...(notice.summary ? { text: notice.summary } : {}),
    inLanguage: 'zh-CN',
    announcementLocation: { '@type': 'AdministrativeArea', name: notice.category },
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
