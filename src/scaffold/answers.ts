/**
 * From answers (given as flags or typed at prompts) to a draft: required
 * answers checked, defaults filled — today in Beijing, the root region, the
 * next 第N号 — so both ways of running `npm run new` make the same file.
 */
import { parseContentDate } from '../lifecycle/beijing-time';
import { CLINIC_KINDS } from '../schemas/clinic';
import { HOTLINE_CATEGORIES } from '../schemas/hotline';
import { NOTICE_DOC_TYPES } from '../schemas/notice';
import { RHYME_FORMS } from '../schemas/rhyme';
import type { EntryDraft, NoticeDocType, WithdrawDraft } from './drafts';
import { entriesOf, type ContentFolder } from './folder';
import type { Target } from './kinds';
import { AnswerError, assertNotWithdrawn, existingNotice, retitle, supersedingDefaults } from './notice-actions';
import { nextSeriesNo, numberedByDefault } from './series';

export interface Answers {
  target?: Target;
  docType?: string;
  title?: string;
  authority?: string[];
  /** The entry's own date (issued, published or verified) or the withdrawal date; today when not given. */
  date?: string;
  region?: string;
  /** `null`: no 第N号. */
  seriesNo?: number | null;
  summary?: string;
  urgent?: boolean;
  draft?: boolean;
  author?: string[];
  source?: string;
  form?: string;
  dialect?: string;
  name?: string;
  phones?: string[];
  category?: string;
  hours?: string;
  clinicKind?: string;
  address?: string;
  operator?: string;
  /** Id of the notice to supersede or withdraw. */
  notice?: string;
  reason?: string;
}

/** Each answer's flag and name, for messages. */
export const ANSWER_FLAGS: Partial<Record<keyof Answers, string>> = {
  title: '--title（标题）',
  authority: '--authority（发布机关）',
  author: '--author（作者）',
  dialect: '--dialect（方言，例如 长沙话）',
  name: '--name（名称）',
  phones: '--phone（电话号码）',
  category: `--category（类别：${HOTLINE_CATEGORIES.join('、')}）`,
  hours: '--hours（服务时间，例如 24/7 或 "Mo-Fr 08:30-17:30"）',
  clinicKind: `--type（类型：${CLINIC_KINDS.join('、')}）`,
  address: '--address（地址）',
  region: '--region（地区编号，见 regions.yaml）',
  notice: '通告编号',
  reason: '--reason（撤销原因）',
};

/** Answers each target cannot do without. */
export const REQUIRED: Record<Target, ReadonlyArray<keyof Answers>> = {
  notice: ['title', 'authority'],
  article: ['title', 'author'],
  rhyme: ['title', 'dialect'],
  hotline: ['name', 'phones', 'category', 'hours'],
  clinic: ['name', 'clinicKind', 'address', 'region', 'hours'],
  supersede: ['notice'],
  withdraw: ['notice', 'reason'],
};

function isMissing(value: unknown): boolean {
  return value === undefined || (typeof value === 'string' && !value.trim()) || (Array.isArray(value) && value.length === 0);
}

/** The required answers not given yet. */
export function missingAnswers(answers: Answers): Array<keyof Answers> {
  return answers.target ? REQUIRED[answers.target].filter((key) => isMissing(answers[key])) : [];
}

function oneOf<T extends string>(value: string, allowed: readonly T[], what: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new AnswerError(`${what}「${value}」不对，只能是 ${allowed.join('、')} 之一`);
}

/** A date as written, after checking it reads as a Beijing date. */
export function checkedDate(value: string | undefined, today: string): string {
  const date = (value ?? today).trim();
  if (!parseContentDate(date)) throw new AnswerError(`「${date}」不是有效日期；请写成 ${today} 或 ${today}T18:00（北京时间）`);
  return date;
}

/** 第N号 to propose for a new notice in this series, or undefined when the series is not numbered. */
export function proposedSeriesNo(folder: ContentFolder, docType: string, authority: string[]): number | undefined {
  const notices = entriesOf(folder, 'notices');
  return numberedByDefault(notices, { authority, docType }) ? nextSeriesNo(notices, { authority, docType }) : undefined;
}

function seriesNoOf(answer: number | null | undefined, proposed: () => number | undefined): number | undefined {
  if (answer === null) return undefined;
  if (answer === undefined) return proposed();
  if (!Number.isInteger(answer) || answer < 1) throw new AnswerError(`序号「${answer}」不对，应是正整数，例如 3`);
  return answer;
}

/** `today`: `YYYY-MM-DD` in Beijing. Throws AnswerError for anything missing or unusable. */
export function draftFromAnswers(answers: Answers, folder: ContentFolder, today: string): EntryDraft | WithdrawDraft {
  const missing = missingAnswers(answers);
  if (!answers.target) throw new AnswerError('请用 --kind 说明要新建什么（通告、公告、通知、调度令、文章、顺口溜、热线、门诊），或用 --supersede、--withdraw 处理已有的通告');
  if (missing.length) throw new AnswerError(`还缺少：${missing.map((key) => ANSWER_FLAGS[key] ?? key).join('、')}`);
  const a = answers as Required<Answers>;
  const date = checkedDate(answers.date, today);
  const region = answers.region ?? folder.rootRegion;
  switch (a.target) {
    case 'notice': {
      const docType = oneOf<NoticeDocType>(answers.docType ?? '通告', NOTICE_DOC_TYPES, '文种');
      const seriesNo = seriesNoOf(answers.seriesNo, () => proposedSeriesNo(folder, docType, a.authority));
      return { kind: 'notice', docType, title: a.title, authority: a.authority, issued: date, seriesNo, region, summary: answers.summary, urgent: answers.urgent, draft: answers.draft };
    }
    case 'supersede': {
      const old = existingNotice(folder, a.notice);
      const inherited = supersedingDefaults(folder, old);
      const seriesNo = seriesNoOf(answers.seriesNo, () => inherited.seriesNo);
      const title = answers.title ?? retitle(String(old.data.title), old.data.seriesNo as number | undefined, seriesNo);
      return { kind: 'notice', docType: inherited.docType as NoticeDocType, title, authority: inherited.authority, issued: date, seriesNo, region: answers.region ?? inherited.region ?? region, supersedes: [old.id], summary: answers.summary, urgent: answers.urgent, draft: answers.draft };
    }
    case 'withdraw': {
      assertNotWithdrawn(existingNotice(folder, a.notice));
      return { kind: 'withdraw', id: a.notice, date, reason: a.reason.trim() };
    }
    case 'article':
      return { kind: 'article', title: a.title, author: a.author, published: date, source: answers.source, region, summary: answers.summary, draft: answers.draft };
    case 'rhyme': {
      const form = oneOf(answers.form ?? '顺口溜', RHYME_FORMS, '体裁');
      return { kind: 'rhyme', title: a.title, form, dialect: a.dialect, published: date, region, summary: answers.summary, draft: answers.draft };
    }
    case 'hotline': {
      const category = oneOf(a.category, HOTLINE_CATEGORIES, '类别');
      return { kind: 'hotline', name: a.name, phones: a.phones, category, hours: a.hours, verified: date, region, operator: answers.operator };
    }
    case 'clinic': {
      const clinicKind = oneOf(a.clinicKind, CLINIC_KINDS, '类型');
      return { kind: 'clinic', name: a.name, clinicKind, address: a.address, region: a.region, hours: a.hours, verified: date, phones: answers.phones };
    }
  }
}
