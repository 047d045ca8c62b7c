/**
 * The open-data files `/data/clinics.json` and `/data/hotlines.json`: a
 * documented, versioned shape (docs/open-data.md) for other apps and
 * mini-programs. Add fields freely; renaming or removing one needs a new version.
 */
import { isoBeijing, isoDay } from '../lifecycle/beijing-time';
import { phoneDigits } from '../services/phone';
import { absoluteUrl, entryUrl, hotlineUrl } from './urls';

export const OPEN_DATA_VERSION = 1;

export interface DirectoryMeta {
  site: string;
  generated: Date;
  regionName: (id: string | undefined) => string;
}

const envelope = (meta: DirectoryMeta, key: string, items: unknown[]) => ({
  version: OPEN_DATA_VERSION,
  site: meta.site,
  generated: isoBeijing(meta.generated),
  timeZone: 'Asia/Shanghai',
  [key]: items,
});

const phoneList = (phones: readonly string[] = []) => phones.map((display) => ({ display, dial: phoneDigits(display) }));

export function clinicsDocument(
  clinics: ReadonlyArray<{ id: string; data: { name: string; kind: string; address: string; region: string; location?: { lat: number; lng: number }; phones?: string[]; hours: string; status: string; services?: string[]; notes?: string; verified: Date } }>,
  meta: DirectoryMeta,
) {
  return envelope(
    meta,
    'clinics',
    clinics.map(({ id, data }) => ({
      id,
      url: absoluteUrl(entryUrl('clinics', id), meta.site),
      name: data.name,
      kind: data.kind,
      status: data.status,
      address: data.address,
      region: { id: data.region, name: meta.regionName(data.region) },
      location: data.location ? { lat: data.location.lat, lng: data.location.lng, crs: 'WGS-84' } : null,
      phones: phoneList(data.phones),
      openingHours: data.hours,
      services: data.services ?? [],
      notes: data.notes ?? null,
      verified: isoDay(data.verified),
    })),
  );
}

export function hotlinesDocument(
  hotlines: ReadonlyArray<{ id: string; data: { name: string; phones: string[]; category: string; hours: string; region?: string; languages?: string[]; operator?: string; notes?: string; verified: Date } }>,
  meta: DirectoryMeta,
) {
  return envelope(
    meta,
    'hotlines',
    hotlines.map(({ id, data }) => ({
      id,
      url: absoluteUrl(hotlineUrl(id), meta.site),
      name: data.name,
      category: data.category,
      phones: phoneList(data.phones),
      openingHours: data.hours,
      region: { id: data.region ?? null, name: meta.regionName(data.region) },
      languages: data.languages ?? [],
      operator: data.operator ?? null,
      notes: data.notes ?? null,
      verified: isoDay(data.verified),
    })),
  );
}
