/**
 * Where a draft goes and what is written there: the file name (date + pinyin
 * of the title, unique in its folder) and the file's text; then writing it
 * through the check.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isoDay, parseContentDate } from '../lifecycle/beijing-time';
import { KINDS, type EntryKind } from '../content-model/kinds';
import { createChecked, editChecked, type Outcome } from './apply';
import { draftFolder, type EntryDraft, type WithdrawDraft } from './drafts';
import { takenIds, type ContentFolder } from './folder';
import { existingNotice } from './notice-actions';
import { renderClinic, renderHotline } from './render-listings';
import { renderArticle, renderNotice, renderRhyme } from './render-pages';
import { datedId, noticeSlugText, pinyinSlug, uniqueId } from './slug';
import { addWithdrawn } from './withdraw';

export interface Planned {
  kind: EntryKind;
  id: string;
  absPath: string;
  text: string;
  /** True when an existing file is changed rather than a new one written. */
  edit: boolean;
}

/** Used when a title has nothing pinyin can spell (only symbols, say). */
const FALLBACK_SLUG = 'xin-tiao-mu';

function baseId(draft: EntryDraft): string {
  const day = (date: string) => isoDay(parseContentDate(date)!);
  switch (draft.kind) {
    case 'notice':
      return datedId(day(draft.issued), pinyinSlug(noticeSlugText(draft.title, draft.authority)) || FALLBACK_SLUG);
    case 'article':
    case 'rhyme':
      return datedId(day(draft.published), pinyinSlug(draft.title) || FALLBACK_SLUG);
    // Hotlines and clinics are places and numbers, not dated news: named by what they are.
    case 'hotline':
    case 'clinic':
      return pinyinSlug(draft.name) || FALLBACK_SLUG;
  }
}

function render(draft: EntryDraft, id: string): string {
  switch (draft.kind) {
    case 'notice':
      return renderNotice(draft);
    case 'article':
      return renderArticle(draft);
    case 'rhyme':
      return renderRhyme(draft, id);
    case 'hotline':
      return renderHotline(draft);
    case 'clinic':
      return renderClinic(draft);
  }
}

/** A new entry's file: its id, path and text. */
export function planEntry(draft: EntryDraft, folder: ContentFolder): Planned {
  const kind = draftFolder(draft.kind);
  const id = uniqueId(baseId(draft), takenIds(folder, kind));
  const extension = KINDS[kind].extensions[0];
  return { kind, id, absPath: join(folder.dir, kind, `${id}.${extension}`), text: render(draft, id), edit: false };
}

/** The notice's file with `withdrawn` added. */
export function planWithdrawal(draft: WithdrawDraft, folder: ContentFolder): Planned {
  const absPath = existingNotice(folder, draft.id).absPath;
  const text = addWithdrawn(readFileSync(absPath, 'utf8'), { date: draft.date, reason: draft.reason });
  return { kind: 'notices', id: draft.id, absPath, text, edit: true };
}

export function plan(draft: EntryDraft | WithdrawDraft, folder: ContentFolder): Planned {
  return draft.kind === 'withdraw' ? planWithdrawal(draft, folder) : planEntry(draft, folder);
}

/** Writes the planned file through the check; see apply.ts. */
export function carryOut(planned: Planned, folder: ContentFolder): Outcome {
  return planned.edit ? editChecked(folder, planned.absPath, planned.text) : createChecked(folder, planned.absPath, planned.text);
}
