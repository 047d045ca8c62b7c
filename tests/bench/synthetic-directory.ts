/** Synthetic hotlines and clinics: fictional numbers only (0700-0xxxxxxx, 100xxxxxxxx). */
import type { Random } from './random';
import type { Region } from './regions';
import type { Entry, Timeline } from './synthetic-notices';
import { personName } from './synthetic-text';
import * as V from './vocabulary';

const DAY = 86_400_000;
const CATEGORY_IDS = ['yingji', 'yiliao', 'xinli', 'wuzi', 'tousu', 'jiaotong', 'zixun'];
const CLINIC_KIND_IDS = ['fare-menzhen', 'fare-shaodian', 'caiyangdian', 'jiezhongdian'];

/** A number in the two fictional ranges the sample content uses. */
export function fictionalPhone(r: Random): string {
  return r.chance(0.7) ? `0700-0${r.digits(7)}` : `100${r.digits(8)}`;
}

/** Mostly checked within the last month; about one in eight is overdue (待核实). */
const verified = (r: Random, time: Timeline) => time.day(time.now - (r.chance(0.12) ? r.int(31, 90) : r.int(0, 29)) * DAY);

/** Where each directory entry is and what it is, decided first so notices can refer to the ids. */
export interface Planned {
  id: string;
  region: Region;
  /** Index into the kind's categories. */
  kind: number;
}

function plan(count: number, regions: readonly Region[], kindIds: readonly string[], r: Random): Planned[] {
  return Array.from({ length: count }, (_, i) => {
    const region = r.pick(regions);
    const kind = r.int(0, kindIds.length - 1);
    return { id: `${region.id}-${kindIds[kind]}-${i + 1}`, region, kind };
  });
}

export const planHotlines = (count: number, regions: readonly Region[], r: Random) => plan(count, regions, CATEGORY_IDS, r);
export const planClinics = (count: number, regions: readonly Region[], r: Random) => plan(count, regions, CLINIC_KIND_IDS, r);

export function makeHotlines(r: Random, planned: readonly Planned[], time: Timeline): Entry[] {
  return planned.map(({ id, region, kind }) => {
    const category = V.HOTLINE_CATEGORIES[kind]!;
    const data: Record<string, unknown> = {
      name: `${region.name}${V.HOTLINE_NAMES[category]}`,
      phones: Array.from({ length: r.int(1, 2) }, () => fictionalPhone(r)),
      category,
      hours: category === '应急' ? '24/7' : r.pick(V.OPENING_HOURS),
      region: region.id,
    };
    if (r.chance(0.5)) data.languages = r.sample(V.LANGUAGES, r.int(1, 3));
    if (r.chance(0.5)) data.operator = `${region.name}疫情防控工作专班`;
    if (r.chance(0.5)) data.notes = `${r.pick(V.GROUPS)}优先接听；占线时请稍后再拨，或拨打第二个号码。`;
    data.verified = verified(r, time);
    return { id, ext: 'yaml', data };
  });
}

export function makeClinics(r: Random, planned: readonly Planned[], time: Timeline): Entry[] {
  return planned.map(({ id, region, kind: kindIndex }) => {
    const kind = V.CLINIC_KINDS[kindIndex]!;
    const data: Record<string, unknown> = {
      name: `${region.name}${r.pick(V.CLINIC_HOSTS)}${kind}`,
      kind,
      address: `岚川区${region.name}${r.pick(V.STREETS)}${r.int(1, 300)}号`,
      region: region.id,
    };
    if (r.chance(0.7)) data.location = { lat: Number((28 + r.next() * 0.3).toFixed(4)), lng: Number((113 + r.next() * 0.3).toFixed(4)) };
    if (r.chance(0.7)) data.phones = Array.from({ length: r.int(1, 2) }, () => fictionalPhone(r));
    data.hours = kind === '发热门诊' ? '24/7' : r.pick(V.OPENING_HOURS);
    const status = r.next();
    if (status > 0.9) data.status = status > 0.97 ? 'closed' : 'paused';
    if (r.chance(0.6)) data.services = r.sample(V.SERVICES, r.int(2, 5));
    if (r.chance(0.5)) data.notes = `请携带身份证和医保卡，全程佩戴口罩；联系人${personName(r)}。`;
    data.verified = verified(r, time);
    return { id, ext: 'yaml', data };
  });
}
