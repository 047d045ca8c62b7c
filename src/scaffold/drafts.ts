/**
 * What the scaffolder is asked to make: one new entry of a kind, or the
 * withdrawal of a notice. Filled from command-line flags or from prompts.
 */
import { ENTRY_KIND_NAMES, KINDS, type EntryKind } from '../content-model/kinds';
import type { HOTLINE_CATEGORIES } from '../schemas/hotline';
import type { CLINIC_KINDS } from '../schemas/clinic';
import type { NOTICE_DOC_TYPES } from '../schemas/notice';
import type { RHYME_FORMS } from '../schemas/rhyme';

export type NoticeDocType = (typeof NOTICE_DOC_TYPES)[number];

export interface NoticeDraft {
  kind: 'notice';
  docType: NoticeDocType;
  title: string;
  /** One body, or several for a joint notice. */
  authority: string[];
  /** Date or datetime, as the author wrote it (Beijing time). */
  issued: string;
  seriesNo?: number;
  region?: string;
  supersedes?: string[];
  summary?: string;
  urgent?: boolean;
  draft?: boolean;
}

export interface ArticleDraft {
  kind: 'article';
  title: string;
  author: string[];
  published: string;
  source?: string;
  region?: string;
  summary?: string;
  draft?: boolean;
}

export interface RhymeDraft {
  kind: 'rhyme';
  title: string;
  form: (typeof RHYME_FORMS)[number];
  dialect: string;
  published: string;
  region?: string;
  summary?: string;
  draft?: boolean;
}

export interface HotlineDraft {
  kind: 'hotline';
  name: string;
  phones: string[];
  category: (typeof HOTLINE_CATEGORIES)[number];
  hours: string;
  verified: string;
  region?: string;
  operator?: string;
}

export interface ClinicDraft {
  kind: 'clinic';
  name: string;
  clinicKind: (typeof CLINIC_KINDS)[number];
  address: string;
  region: string;
  hours: string;
  verified: string;
  phones?: string[];
}

export type EntryDraft = NoticeDraft | ArticleDraft | RhymeDraft | HotlineDraft | ClinicDraft;

/** Marks a notice withdrawn (撤销); the notice stays published with its status shown. */
export interface WithdrawDraft {
  kind: 'withdraw';
  id: string;
  date: string;
  reason: string;
}

/** The content folder a kind of draft is written to: the registry's kind whose singular name it carries. */
export function draftFolder(kind: EntryDraft['kind']): EntryKind {
  const folder = ENTRY_KIND_NAMES.find((name) => KINDS[name].singular === kind);
  if (!folder) throw new Error(`no content kind is called ${kind} in src/content-model/kinds.ts`);
  return folder;
}
