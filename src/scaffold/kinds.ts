/**
 * What an author can ask for, by the Chinese names they use: a kind of entry
 * to create, or an action on an existing notice.
 */
import type { EntryDraft, NoticeDocType } from './drafts';

export type Target = EntryDraft['kind'] | 'supersede' | 'withdraw';

export interface TargetChoice {
  target: Target;
  /** For notices: the 文种 the name stands for. */
  docType?: NoticeDocType;
}

/** The menu, in the order shown. */
export const MENU: ReadonlyArray<TargetChoice & { label: string; hint?: string }> = [
  { label: '通告', target: 'notice', hint: '通告、公告、通知' },
  { label: '调度令', target: 'notice', docType: '调度令' },
  { label: '文章', target: 'article', hint: '专题文章' },
  { label: '顺口溜', target: 'rhyme', hint: '三字经、快板、山歌等' },
  { label: '热线', target: 'hotline', hint: '热线电话' },
  { label: '门诊', target: 'clinic', hint: '发热门诊、哨点、采样点、接种点' },
  { label: '替代一份通告（发布新号）', target: 'supersede', hint: '旧通告不用改，会自动显示“已被替代”' },
  { label: '撤销一份通告', target: 'withdraw', hint: '通告仍留在原网址，显示“已撤销”' },
];

/** Names accepted by `--kind`: the Chinese names, every 文种, and English ones for scripts. */
const KIND_NAMES: Record<string, TargetChoice> = {
  通告: { target: 'notice', docType: '通告' },
  公告: { target: 'notice', docType: '公告' },
  通知: { target: 'notice', docType: '通知' },
  调度令: { target: 'notice', docType: '调度令' },
  文章: { target: 'article' },
  顺口溜: { target: 'rhyme' },
  热线: { target: 'hotline' },
  门诊: { target: 'clinic' },
  notice: { target: 'notice', docType: '通告' },
  article: { target: 'article' },
  rhyme: { target: 'rhyme' },
  hotline: { target: 'hotline' },
  clinic: { target: 'clinic' },
};

export const KIND_FLAG_VALUES = ['通告', '公告', '通知', '调度令', '文章', '顺口溜', '热线', '门诊'];

export function kindFromName(name: string): TargetChoice | undefined {
  return KIND_NAMES[name.trim()];
}
