/**
 * The questions `npm run new` asks, in Chinese, one at a time — only those
 * the flags did not answer. Typed values are checked as they are entered with
 * the same field rules as the content check.
 */
import * as p from '@clack/prompts';
import { parseContentDate } from '../lifecycle/beijing-time';
import { noticeStatus, type LifecycleFields } from '../lifecycle/notice-status';
import { isPublished } from '../lifecycle/publish';
import { CLINIC_KINDS } from '../schemas/clinic';
import { openingHours, phone } from '../schemas/fields';
import { HOTLINE_CATEGORIES } from '../schemas/hotline';
import { RHYME_FORMS } from '../schemas/rhyme';
import { draftFromAnswers, proposedSeriesNo, type Answers } from './answers';
import type { EntryDraft, WithdrawDraft } from './drafts';
import { entriesOf, type ContentFolder } from './folder';
import { MENU } from './kinds';
import { existingNotice, retitle, supersedingDefaults } from './notice-actions';
import { knownAuthorities, seriesNoInTitle, usedSeriesNumbers } from './series';
import { splitList } from './flags';

export class Cancelled extends Error {}

async function answer<T>(prompt: Promise<T>): Promise<Exclude<T, symbol>> {
  const value = await prompt;
  if (p.isCancel(value)) throw new Cancelled();
  return value as Exclude<T, symbol>;
}

/** A list to pick from; how to use it is said once, in Chinese, at the start. */
const select = <V>(options: p.SelectOptions<V>) => p.select({ showInstructions: false, maxItems: 12, ...options });

const required = (what: string) => (value: string | undefined) => (value?.trim() ? undefined : `请填写${what}`);
const fieldError = (schema: { safeParse(v: unknown): { success: boolean; error?: { issues: Array<{ message: string }> } } }, value: string) =>
  schema.safeParse(value).error?.issues[0]?.message;

const ask = (message: string, what: string, placeholder?: string) => answer(p.text({ message, placeholder, validate: required(what) })).then((v) => v.trim());

async function askDate(message: string, today: string): Promise<string> {
  const value = await answer(
    p.text({
      message: `${message}（直接回车就是今天 ${today}）`,
      placeholder: today,
      defaultValue: today,
      validate: (v) => (!v?.trim() || parseContentDate(v) ? undefined : `请写成 ${today} 或 ${today}T18:00（北京时间）`),
    }),
  );
  return value.trim() || today;
}

async function askRegion(folder: ContentFolder, message: string): Promise<string | undefined> {
  if (!folder.regions.length) return undefined;
  const names = new Map(folder.regions.map((r) => [r.id, r.name]));
  return answer(
    select({
      message,
      initialValue: folder.rootRegion,
      options: folder.regions.map((r) => ({ value: r.id, label: r.name, hint: r.parent ? `${names.get(r.parent) ?? r.parent}下辖` : '全区' })),
    }),
  );
}

/** A choice from what is already used, or something typed. */
async function askKnownOrNew(message: string, known: string[], what: string): Promise<string> {
  if (!known.length) return ask(message, what);
  const OTHER = '\u0000other';
  const choice = await answer(select({ message, options: [...known.map((k) => ({ value: k, label: k })), { value: OTHER, label: '其他（自己填写）' }] }));
  return choice === OTHER ? ask(`请填写${what}`, what) : choice;
}

/** The issuer: one already used (joint ones too), or a new one typed. */
async function askAuthority(known: string[][]): Promise<string[]> {
  if (!known.length) return [await ask('发布机关', '发布机关')];
  const choice = await answer(
    select({ message: '发布机关', options: [...known.map((k, i) => ({ value: i, label: k.join('、'), hint: k.length > 1 ? '联合发布' : undefined })), { value: -1, label: '其他（自己填写）' }] }),
  );
  return known[choice] ?? [await ask('请填写发布机关', '发布机关')];
}

async function askSeriesNo(proposed: number | undefined, used: number[]): Promise<number | null> {
  if (proposed !== undefined && (await answer(p.confirm({ message: `编为第${proposed}号？`, active: '是', inactive: '不，我来填', initialValue: true })))) return proposed;
  const value = await answer(
    p.text({
      message: '第几号？（不编号就直接回车）',
      validate: (v) => {
        if (!v?.trim()) return undefined;
        const n = Number(v.trim());
        if (!Number.isInteger(n) || n < 1) return '请填正整数，例如 3';
        return used.includes(n) ? `第${n}号已经用过了（这个系列已用：${used.join('、')}）` : undefined;
      },
    }),
  );
  return value?.trim() ? Number(value.trim()) : null;
}

/** The notices to pick from, newest first, with their status. */
async function askNotice(folder: ContentFolder, message: string, now: Date): Promise<string> {
  const notices = entriesOf(folder, 'notices').filter((n) => !n.data.withdrawn);
  if (!notices.length) throw new Cancelled('还没有可以选的通告');
  const published = notices.filter((n) => isPublished(n.data, now)) as unknown as Array<{ id: string; data: LifecycleFields }>;
  const sorted = [...notices].sort((a, b) => (b.data.issued as Date).getTime() - (a.data.issued as Date).getTime());
  return answer(
    select({
      message,
      options: sorted.map((n) => {
        const status = isPublished(n.data, now) ? noticeStatus(n as never, published, now).label : n.data.draft ? '草稿' : '未发布';
        const title = String(n.data.title);
        const number = typeof n.data.seriesNo === 'number' && seriesNoInTitle(title) === undefined ? `第${n.data.seriesNo}号 ` : '';
        return { value: n.id, label: `${number}${title}`, hint: `${status} · ${n.id}` };
      }),
    }),
  );
}

async function askTarget(a: Answers): Promise<void> {
  const index = await answer(select({ message: '要做什么？', options: MENU.map((m, i) => ({ value: i, label: m.label, hint: m.hint })) }));
  const choice = MENU[index]!;
  a.target = choice.target;
  if (choice.target === 'notice') {
    a.docType = choice.docType ?? (await answer(select({ message: '文种', initialValue: '通告', options: ['通告', '公告', '通知'].map((t) => ({ value: t, label: t })) })));
  }
}

/** Asks for whatever the answers still lack, then makes the draft. */
export async function askDraft(preset: Answers, folder: ContentFolder, today: string, now: Date): Promise<EntryDraft | WithdrawDraft> {
  p.intro('新建内容：用 ↑↓ 选择，回车确定；随时按 Ctrl+C 取消，什么也不会写');
  const a: Answers = { ...preset };
  if (!a.target) await askTarget(a);
  const notices = entriesOf(folder, 'notices');
  switch (a.target) {
    case 'notice': {
      a.title ??= await ask('标题', '标题', '例如：关于暂停松林集市的通知');
      a.authority ??= await askAuthority(knownAuthorities(notices));
      const docType = a.docType ?? '通告';
      if (a.seriesNo === undefined) a.seriesNo = await askSeriesNo(proposedSeriesNo(folder, docType, a.authority), usedSeriesNumbers(notices, { authority: a.authority, docType }));
      a.date ??= await askDate('发布日期', today);
      a.region ??= await askRegion(folder, '地区');
      break;
    }
    case 'supersede': {
      a.notice ??= await askNotice(folder, '替代哪一份通告？', now);
      const old = existingNotice(folder, a.notice);
      const inherited = supersedingDefaults(folder, old);
      if (a.seriesNo === undefined) a.seriesNo = await askSeriesNo(inherited.seriesNo, usedSeriesNumbers(notices, { authority: inherited.authority, docType: inherited.docType }));
      const oldTitle = String(old.data.title);
      const proposed = retitle(oldTitle, old.data.seriesNo as number | undefined, a.seriesNo ?? undefined);
      const message = `新通告的标题（${proposed !== oldTitle ? '已按新编号改好，' : ''}可以修改）`;
      a.title ??= (await answer(p.text({ message, initialValue: proposed, validate: required('标题') }))).trim();
      a.date ??= await askDate('发布日期', today);
      break;
    }
    case 'withdraw': {
      a.notice ??= await askNotice(folder, '撤销哪一份通告？', now);
      a.reason ??= await ask('撤销原因（会显示在通告页面上）', '撤销原因', '例如：经核实，该通告所涉事项已调整');
      a.date ??= await askDate('撤销日期', today);
      const title = String(existingNotice(folder, a.notice).data.title);
      if (!(await answer(p.confirm({ message: `确定撤销《${title}》吗？它仍会留在原网址，标明“已撤销”。`, active: '确定', inactive: '不撤销', initialValue: false })))) throw new Cancelled();
      break;
    }
    case 'article':
      a.title ??= await ask('标题', '标题');
      a.author ??= splitList([await ask('作者（几位作者用、隔开）', '作者')], /[,，、]+/);
      a.date ??= await askDate('发布日期', today);
      a.region ??= await askRegion(folder, '地区');
      break;
    case 'rhyme': {
      a.title ??= await ask('标题', '标题', '例如：防疫三字经（长沙话版）');
      a.form ??= await answer(select({ message: '体裁', initialValue: '顺口溜', options: RHYME_FORMS.map((f) => ({ value: f, label: f })) }));
      const dialects = [...new Set(entriesOf(folder, 'rhymes').map((r) => String(r.data.dialect)))];
      a.dialect ??= await askKnownOrNew('方言', dialects, '方言（例如 长沙话、客家话、普通话）');
      a.date ??= await askDate('发布日期', today);
      a.region ??= await askRegion(folder, '地区');
      break;
    }
    case 'hotline':
      a.name ??= await ask('热线名称', '名称', '例如：区疫情防控24小时应急值班电话');
      a.phones ??= await askPhones(true);
      a.category ??= await answer(select({ message: '类别', options: HOTLINE_CATEGORIES.map((c) => ({ value: c, label: c })) }));
      a.hours ??= await askHours();
      a.date ??= await askDate('最近一次打电话核实是哪天', today);
      a.region ??= await askRegion(folder, '地区');
      break;
    case 'clinic':
      a.name ??= await ask('名称', '名称', '例如：区人民医院发热门诊');
      a.clinicKind ??= await answer(select({ message: '类型', options: CLINIC_KINDS.map((k) => ({ value: k, label: k })) }));
      a.address ??= await ask('地址', '地址', '街道门牌，以及从哪个门进');
      a.region ??= await askRegion(folder, '所在地区');
      a.hours ??= await askHours();
      a.phones ??= await askPhones(false);
      a.date ??= await askDate('最近一次核实是哪天', today);
      break;
  }
  return draftFromAnswers(a, folder, today);
}

async function askPhones(needed: boolean): Promise<string[] | undefined> {
  const value = await answer(
    p.text({
      message: needed ? '电话号码（几个号码用空格隔开）' : '电话号码（可以不填，直接回车）',
      placeholder: '例如 0731-84567890',
      validate: (v) => {
        const phones = splitList([v ?? '']) ?? [];
        if (!phones.length) return needed ? '请至少填写一个电话号码' : undefined;
        return phones.map((n) => fieldError(phone, n)).find(Boolean);
      },
    }),
  );
  return splitList([value ?? '']);
}

async function askHours(): Promise<string> {
  const value = await answer(
    p.text({
      message: '服务时间（全天24小时写 24/7）',
      placeholder: '24/7 或 Mo-Fr 08:30-12:00,14:30-17:30',
      validate: (v) => (v?.trim() ? fieldError(openingHours, v.trim()) : '请填写服务时间'),
    }),
  );
  return value.trim();
}
