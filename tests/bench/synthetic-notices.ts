/**
 * Synthetic notices: series of 通告 that supersede each other, 调度令, joint
 * notices, expiries, withdrawals, a few urgent, drafts and scheduled ones, a
 * few in 繁體, attachments, and MDX bodies that use the authors' components.
 */
import * as OpenCC from 'opencc-js';
import type { Random } from './random';
import type { Region } from './regions';
import { noticeBody, summaryOf, type TextContext } from './synthetic-text';
import * as V from './vocabulary';

export interface Entry {
  id: string;
  ext: 'md' | 'mdx' | 'yaml';
  data: Record<string, unknown>;
  body?: string;
}

export interface Timeline {
  start: number;
  now: number;
  /** `2026-11-05T08:30+08:00` for a timestamp. */
  iso(time: number): string;
  /** `2026-11-05` for a timestamp. */
  day(time: number): string;
}

export interface NoticeInput {
  count: number;
  regions: readonly Region[];
  text: TextContext;
  time: Timeline;
  hotlineIds: readonly string[];
  clinicIds: readonly string[];
}

const DAY = 86_400_000;
const DOC_TYPES = ['通知', '通知', '通知', '通知', '公告', '公告', '通告', '通告', '调度令'] as const;
const toHant = OpenCC.Converter({ from: 'cn', to: 'hk' });

function authorities(regions: readonly Region[]) {
  const root = regions[0]!;
  const bureaus = Object.values(V.AUTHORITY_SUFFIXES).map((suffix) => ({ name: root.name + suffix, region: undefined as string | undefined }));
  const towns = regions
    .filter((region) => region.parent === root.id)
    .map((town) => ({ name: town.name + (town.name.endsWith('街道') ? '办事处' : '人民政府'), region: town.id }));
  return { hq: bureaus[0]!, health: bureaus[1]!, transport: bureaus[4]!, all: [...bureaus, ...towns] };
}

/** Notices, oldest first; ids start with their issue date. */
export function makeNotices(r: Random, input: NoticeInput): Entry[] {
  const { count, regions, text, time } = input;
  const who = authorities(regions);
  const series = new Map<string, number>();
  const docNumbers = new Map<string, number>();
  const published: string[] = [];
  let lastHqTonggao: string | undefined;
  const scheduledFrom = count - Math.max(1, Math.round(count * 0.005));
  const out: Entry[] = [];

  for (let i = 0; i < count; i++) {
    const scheduled = i >= scheduledFrom;
    const issued = scheduled
      ? time.now + r.int(5, 60) * DAY
      : time.start + ((i + r.next()) / scheduledFrom) * (time.now - time.start - DAY);
    const docType = r.pick(DOC_TYPES);
    const joint = docType === '通知' && r.chance(0.02);
    const authority = docType === '调度令' ? who.hq : docType === '通告' ? (r.chance(0.7) ? who.hq : who.health) : r.pick(who.all);
    const [topic, topicSlug] = r.pick(V.NOTICE_TOPICS);
    const id = `${time.day(issued)}-${topicSlug}-${i + 1}`;
    const draft = !scheduled && r.chance(0.01);
    const data: Record<string, unknown> = {
      title: `${authority.name}关于${topic}的${docType}`,
      docType,
      authority: joint ? [authority.name, who.transport.name] : authority.name,
    };
    const seriesKey = `${authority.name}|${docType}`;
    if (docType === '调度令' || (docType === '通告' && authority === who.hq) || (docType === '通告' && authority === who.health)) {
      const no = (series.get(seriesKey) ?? 0) + 1;
      series.set(seriesKey, no);
      data.seriesNo = no;
      data.title = `${data.title as string}（第${no}号）`;
    }
    const year = time.day(issued).slice(0, 4);
    if (data.seriesNo || r.chance(0.4)) {
      const abbreviation = docType === '调度令' || authority === who.hq ? '防指' : r.pick(V.DOC_ABBREVIATIONS);
      const key = `${abbreviation}${year}`;
      const k = (docNumbers.get(key) ?? 0) + 1;
      docNumbers.set(key, k);
      data.docNumber = `岚川${abbreviation}〔${year}〕${k}号`;
    }
    data.issued = time.iso(issued);
    if (r.chance(0.1)) data.effective = time.iso(issued + r.int(1, 3) * DAY);
    const urgent = !scheduled && !draft && (r.chance(0.01) || i === scheduledFrom - 3);
    if (urgent) data.urgent = true;
    if (r.chance(0.4) || (urgent && i !== scheduledFrom - 3)) data.expires = time.iso(issued + (urgent ? 7 : r.int(7, 90)) * DAY + DAY * 3);
    if (docType === '通告' && authority === who.hq && lastHqTonggao && r.chance(0.6)) data.supersedes = [lastHqTonggao];
    else if (published.length > 20 && r.chance(0.03)) data.supersedes = [published[published.length - r.int(1, 20)]!];
    if (!scheduled && r.chance(0.02)) {
      const date = Math.min(issued + r.int(1, 10) * DAY, time.now - DAY);
      if (date > issued) data.withdrawn = { date: time.day(date), reason: '情况发生变化，相关措施已不再需要' };
    }
    data.region = authority.region ?? (r.chance(0.6) ? r.pick(regions).id : regions[0]!.id);
    const hant = r.chance(0.01);
    if (hant) data.lang = 'zh-Hant';
    const extras: string[] = [];
    const mdx = r.chance(0.1) && published.length > 0;
    if (mdx) {
      extras.push(`本${docType}对<NoticeRef id="${r.pick(published)}" />中的有关要求作了补充。`);
      if (r.chance(0.5) && input.hotlineIds.length) extras.push(`<HotlineCard id="${r.pick(input.hotlineIds)}" />`);
      if (r.chance(0.4) && input.clinicIds.length) extras.push(`<ClinicCard id="${r.pick(input.clinicIds)}" />`);
      extras.push(`<Callout type="${r.chance(0.5) ? '警告' : '提示'}">出现${r.pick(V.SYMPTOMS)}等症状时，请戴好口罩，及时就医。</Callout>`);
    }
    let body = noticeBody(r, text, { kind: docType, authority: authority.name, issued: new Date(issued), target: r.int(760, 860), extras });
    if (r.chance(0.8)) data.summary = summaryOf(topic, body);
    if (r.chance(0.85)) data.tags = r.sample(V.TAGS, r.int(2, 4));
    if (r.chance(0.05)) data.changes = [{ date: time.day(issued + DAY), note: '更正了第二条中的开放时间' }];
    if (r.chance(0.03)) data.attachments = [{ title: '居家健康监测登记表', file: './files/jiankang-jiance-dengjibiao.txt' }];
    if (draft) data.draft = true;
    if (hant) {
      body = toHant(body);
      for (const field of ['title', 'summary'] as const) if (typeof data[field] === 'string') data[field] = toHant(data[field] as string);
    }
    if (docType === '通告' && authority === who.hq && !draft && !scheduled) lastHqTonggao = id;
    if (!draft && !scheduled) published.push(id);
    out.push({ id, ext: mdx ? 'mdx' : 'md', data, body });
  }
  return out;
}
