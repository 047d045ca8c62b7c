/**
 * What an author can ask for, by the Chinese names they use: a kind of entry
 * to create (from the registry, src/content-model/kinds.ts), or an action on an
 * existing notice.
 */
import { ENTRY_KIND_NAMES, KINDS } from '../content-model/kinds';
import { NOTICE_DOC_TYPES } from '../schemas/notice';
import type { EntryDraft, NoticeDocType } from './drafts';

export type Target = EntryDraft['kind'] | 'supersede' | 'withdraw';

export interface TargetChoice {
  target: Target;
  /** For notices: the 文种 the name stands for. */
  docType?: NoticeDocType;
}

/** The kinds `npm run new` can create (those with a menu hint: src/scaffold/drafts.ts drafts them), in the registry's order. */
const KIND_CHOICES = ENTRY_KIND_NAMES.filter((kind) => KINDS[kind].scaffoldHint).map((kind) => ({
  label: KINDS[kind].label,
  target: KINDS[kind].singular as EntryDraft['kind'],
  hint: KINDS[kind].scaffoldHint,
}));

/** 调度令 is a notice with its own menu line: dispatch orders are written often and by other people. */
const DISPATCH_ORDER: TargetChoice & { label: string } = { label: '调度令', target: 'notice', docType: '调度令' };

/** The menu, in the order shown. */
export const MENU: ReadonlyArray<TargetChoice & { label: string; hint?: string }> = [
  ...KIND_CHOICES.flatMap((choice) => (choice.target === 'notice' ? [choice, DISPATCH_ORDER] : [choice])),
  { label: '替代一份通告（发布新号）', target: 'supersede', hint: '旧通告不用改，会自动显示“已被替代”' },
  { label: '撤销一份通告', target: 'withdraw', hint: '通告仍留在原网址，显示“已撤销”' },
];

/** Names accepted by `--kind`: every 文种, the kinds' Chinese names, and English ones for scripts. */
const KIND_NAMES: Record<string, TargetChoice> = Object.fromEntries([
  ...NOTICE_DOC_TYPES.map((docType) => [docType, { target: 'notice', docType }]),
  ...KIND_CHOICES.filter((choice) => choice.target !== 'notice').map((choice) => [choice.label, { target: choice.target }]),
  ...KIND_CHOICES.map((choice) => [choice.target, choice.target === 'notice' ? { target: 'notice', docType: '通告' } : { target: choice.target }]),
]);

export const KIND_FLAG_VALUES = [...NOTICE_DOC_TYPES, ...KIND_CHOICES.filter((choice) => choice.target !== 'notice').map((choice) => choice.label)];

export function kindFromName(name: string): TargetChoice | undefined {
  return KIND_NAMES[name.trim()];
}
