/**
 * Chinese body text for the benchmark's synthetic entries, assembled from the
 * templates in vocabulary.ts: notices of about 800 characters with numbered
 * measures, feature stories of about 800 characters, and rhymes in stanzas.
 */
import type { Random } from './random';
import * as V from './vocabulary';

/** What the templates' slots are filled from. */
export interface TextContext {
  places: readonly string[];
  /** A phone number as the content contract allows (fictional ranges only). */
  phone: () => string;
}

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四'];

export function personName(r: Random): string {
  const given = r.chance(0.6) ? r.pick([...V.GIVEN]) + r.pick([...V.GIVEN]) : r.pick([...V.GIVEN]);
  return r.pick([...V.SURNAMES]) + given;
}

/** `2026年11月5日`. */
export function chineseDate(date: Date): string {
  const beijing = new Date(date.getTime() + 8 * 3600_000);
  return `${beijing.getUTCFullYear()}年${beijing.getUTCMonth() + 1}月${beijing.getUTCDate()}日`;
}

function fill(template: string, r: Random, ctx: TextContext, extra: Record<string, string> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, slot: string) => {
    if (slot in extra) return extra[slot]!;
    switch (slot) {
      case 'place': return r.pick(ctx.places);
      case 'facility': return r.pick(V.FACILITIES);
      case 'group': return r.pick(V.GROUPS);
      case 'symptom': return r.pick(V.SYMPTOMS);
      case 'disease': return r.pick(V.DISEASES);
      case 'person': return personName(r);
      case 'phone': return ctx.phone();
      case 'n': return String(r.int(3, 12) * 10);
      case 'time': return `${r.int(7, 9)}:${r.pick(['00', '30'])}至${r.int(16, 21)}:${r.pick(['00', '30'])}`;
      case 'date': return `${r.int(1, 12)}月${r.int(1, 28)}日`;
      default: return slot;
    }
  });
}

/** A notice body: opening, numbered measures, closing and signature, about `target` characters. */
export function noticeBody(r: Random, ctx: TextContext, options: { kind: string; authority: string; issued: Date; target: number; extras?: string[] }): string {
  // 调度令 are "ordered", not "调度令-ed": the opening says 现调度如下.
  const kind = { extra: { kind: options.kind === '调度令' ? '调度' : options.kind } };
  const paragraphs = [fill(r.pick(V.NOTICE_OPENINGS), r, ctx, kind.extra), ...(options.extras ?? [])];
  const measures = r.sample(V.NOTICE_MEASURES, V.NOTICE_MEASURES.length);
  const signature = `${options.authority}\n${chineseDate(options.issued)}`;
  let length = paragraphs.join('').length + signature.length + 40;
  for (let i = 0; i < measures.length && length < options.target; i++) {
    const measure = `${NUMERALS[i] ?? String(i + 1)}、${fill(measures[i]!, r, ctx)}`;
    paragraphs.push(measure);
    length += measure.length;
  }
  paragraphs.push(fill(r.pick(V.NOTICE_CLOSINGS), r, ctx, kind.extra));
  if (options.kind === '通告') paragraphs.push('特此通告。');
  paragraphs.push(signature);
  return paragraphs.join('\n\n');
}

/** A feature story of about `target` characters; `image` is an optional Markdown image paragraph placed mid-story. */
export function articleBody(r: Random, ctx: TextContext, target: number, image?: string): string {
  const sentences = r.sample(V.ARTICLE_SENTENCES, V.ARTICLE_SENTENCES.length);
  const paragraphs: string[] = [];
  let length = 0;
  let i = 0;
  while (length < target) {
    const count = r.int(2, 3);
    const paragraph = Array.from({ length: count }, () => fill(sentences[i++ % sentences.length]!, r, ctx)).join('');
    paragraphs.push(paragraph);
    length += paragraph.length;
    if (image && paragraphs.length === 2) paragraphs.push(image);
  }
  return paragraphs.join('\n\n');
}

/** Lyrics: stanzas of four lines, one verse line per source line. */
export function rhymeBody(r: Random, form: string, stanzas: number): string {
  const out: string[] = [];
  for (let s = 0; s < stanzas; s++) {
    const lines: string[] = [];
    for (let l = 0; l < 4; l++) {
      const end = l % 2 === 1 ? '。' : '，';
      lines.push(form === '三字经' ? `${r.pick(V.RHYME_LINES_3)}，${r.pick(V.RHYME_LINES_3)}${end}` : `${r.pick(V.RHYME_LINES_7)}${end}`);
    }
    out.push(lines.join('\n'));
  }
  return out.join('\n\n');
}

/** A plain summary under 140 characters, from a lead and a sentence of the body. */
export function summaryOf(lead: string, body: string, max = 120): string {
  const sentence = body.split('\n\n').find((p) => /^[一二]、/.test(p))?.replace(/^[一二三四五六七八九十]+、/, '') ?? body.split('\n\n')[0]!;
  const text = `${lead}：${sentence}`;
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
