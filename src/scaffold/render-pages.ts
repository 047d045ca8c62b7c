/**
 * The text of a new notice, article or rhyme: every required field filled,
 * the useful optional ones shown as comments to uncomment, and a body the
 * author replaces. Plain Markdown (`.md`), so `{` and `<` in a body never break it.
 */
import { formatDay, parseContentDate } from '../lifecycle/beijing-time';
import type { ArticleDraft, NoticeDraft, RhymeDraft } from './drafts';
import { commentedFields, markdownFile, yamlFields } from './yaml-text';

const HEADING = '以下是可选项：需要时去掉行首的“# ”再填写';

const yearOf = (date: string) => date.slice(0, 4);
const oneOrList = (values: string[]) => (values.length === 1 ? values[0] : values);
const dayText = (date: string) => {
  const parsed = parseContentDate(date);
  return parsed ? formatDay(parsed) : date;
};

/** Optional lines whose field the draft has not filled. */
function unfilled(draft: object, lines: ReadonlyArray<readonly [string, string, string?]>): Array<readonly [string, string?]> {
  return lines.filter(([key]) => (draft as Record<string, unknown>)[key] === undefined).map(([, example, note]) => [example, note] as const);
}

/** A notice: its heading fields, then the text ending 特此通告 with the issuer and date. */
export function renderNotice(draft: NoticeDraft): string {
  const front = yamlFields(
    {
      title: draft.title,
      docType: draft.docType,
      authority: oneOrList(draft.authority),
      seriesNo: draft.seriesNo,
      issued: draft.issued,
      region: draft.region,
      supersedes: draft.supersedes,
      urgent: draft.urgent,
      summary: draft.summary,
      draft: draft.draft,
    },
    { flow: ['supersedes'] },
  );
  const optional = unfilled(draft, [
    ['docNumber', `docNumber: 某防指〔${yearOf(draft.issued)}〕${draft.seriesNo ?? 1}号`, '发文字号，照红头文件上的写'],
    ['effective', `effective: ${draft.issued.slice(0, 10)}`, '生效日期，不写就是发布日期'],
    ['expires', `expires: ${yearOf(draft.issued)}-12-31`, '失效日期，到期后显示“已失效”'],
    ['urgent', 'urgent: true', '紧急：有效期间在全站顶部横幅显示'],
    ['summary', 'summary: 用一两句话说清谁、什么时候、要做什么', '摘要，140 字以内'],
    ['tags', 'tags: [防控措施, 出行]', '标签'],
    ['attachments', 'attachments: [{ title: 附件名称, file: ./files/附件.pdf }]', '附件，路径相对于本文件'],
    ['draft', 'draft: true', '草稿：写好之前不发布'],
  ]);
  const closing = draft.docType === '调度令' ? [] : [`特此${draft.docType}。`];
  const body = ['（请在这里写正文，写好后删去这一行。一段一行，段与段之间空一行。）', ...closing, `${draft.authority.join('\n\n')}\n\n${dayText(draft.issued)}`];
  return markdownFile(front + commentedFields(HEADING, optional), body.join('\n\n'));
}

/** A feature story. */
export function renderArticle(draft: ArticleDraft): string {
  const front = yamlFields({
    title: draft.title,
    published: draft.published,
    author: oneOrList(draft.author),
    source: draft.source,
    region: draft.region,
    summary: draft.summary,
    draft: draft.draft,
  });
  const optional = unfilled(draft, [
    ['source', 'source: 某某融媒体中心', '来源'],
    ['summary', 'summary: 用一两句话说清这篇文章讲了什么', '摘要，140 字以内'],
    ['cover', 'cover: { image: ./images/封面.jpg, alt: 图片内容的说明, credit: 记者 某某摄 }', '封面图片，alt 必填'],
    ['tags', 'tags: [一线故事]', '标签'],
    ['draft', 'draft: true', '草稿：写好之前不发布'],
  ]);
  const imageHint = '# 正文插图这样写：![图片内容的说明](./images/照片.jpg)，图片放在本文件旁边的 images 文件夹里\n';
  const body = '（请在这里写正文，写好后删去这一行。一段一行，段与段之间空一行。）';
  return markdownFile(front + commentedFields(HEADING, optional) + imageHint, body);
}

/** A rhyme: the body is the lyrics, one line a verse line, a blank line between stanzas. */
export function renderRhyme(draft: RhymeDraft, id: string): string {
  const front = yamlFields({
    title: draft.title,
    form: draft.form,
    dialect: draft.dialect,
    published: draft.published,
    region: draft.region,
    summary: draft.summary,
    draft: draft.draft,
  });
  const optional = unfilled(draft, [
    ['summary', 'summary: 用一两句话说清唱的是什么', '摘要，140 字以内'],
    ['credits', 'credits: [{ role: 作词, name: 某某 }, { role: 演唱, name: 某某 }]', '署名'],
    ['audio', `audio: { file: ./audio/${id}.mp3, duration: 42 }`, '录音（mp3、m4a 或 ogg）和秒数'],
    ['glossary', 'glossary: [{ term: 冇得, reading: mǎo de, meaning: 没有 }]', '方言词注释'],
    ['relatedNotices', 'relatedNotices: [通告的文件名]', '宣传的通告'],
    ['tags', `tags: [${draft.form}, ${draft.dialect}]`, '标签'],
    ['draft', 'draft: true', '草稿：写好之前不发布'],
  ]);
  const body = ['（请在这里写歌词：一句一行，段与段之间空一行。写好后删去这一行和下面的示例。）', '（第一段第一句）\n（第一段第二句）', '（第二段第一句）\n（第二段第二句）'];
  return markdownFile(front + commentedFields(HEADING, optional), body.join('\n\n'));
}
