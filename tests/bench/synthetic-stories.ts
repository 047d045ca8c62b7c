/** Synthetic feature stories (some with the shared cover photo) and dialect rhymes (some with the shared recording). */
import type { Random } from './random';
import type { Region } from './regions';
import type { Entry, Timeline } from './synthetic-notices';
import { articleBody, personName, rhymeBody, summaryOf, type TextContext } from './synthetic-text';
import * as V from './vocabulary';

export const COVER_FILE = 'images/cover.jpg';
export const AUDIO_FILE = 'audio/fangyi.mp3';

interface StoryInput {
  count: number;
  regions: readonly Region[];
  text: TextContext;
  time: Timeline;
}

const spread = (r: Random, i: number, count: number, time: Timeline) =>
  time.start + ((i + r.next()) / count) * (time.now - time.start - 86_400_000);

export function makeArticles(r: Random, input: StoryInput): Entry[] {
  const { count, regions, text, time } = input;
  return Array.from({ length: count }, (_, i) => {
    const published = spread(r, i, count, time);
    const region = r.pick(regions);
    const person = personName(r);
    const data: Record<string, unknown> = {
      title: `${region.name}：${r.pick(['坚守在', '奔走在', '守护着', '忙碌在'])}${r.pick(V.FACILITIES)}的${person}`,
      published: time.iso(published),
      author: r.chance(0.3) ? [personName(r), personName(r)] : personName(r),
    };
    if (r.chance(0.7)) data.source = r.pick(V.ARTICLE_SOURCES);
    const credit = `${r.pick(V.ARTICLE_SOURCES)} ${personName(r)}摄`;
    const image = r.chance(0.1) ? `![工作人员在${region.name}为居民登记健康信息](./${COVER_FILE})\n\n（${credit}）` : undefined;
    const mdx = r.chance(0.05);
    let body = articleBody(r, text, r.int(760, 860), image);
    if (mdx) body += `\n\n<Callout>如有${r.pick(V.SYMPTOMS)}等症状，请及时到发热门诊就诊。</Callout>`;
    if (r.chance(0.8)) data.summary = summaryOf(`${region.name}的一线故事`, body, 110);
    if (r.chance(0.3)) data.cover = { image: `./${COVER_FILE}`, alt: `${region.name}的工作人员在服务点为群众登记`, credit };
    if (r.chance(0.6)) data.region = region.id;
    if (r.chance(0.85)) data.tags = r.sample(V.TAGS, r.int(2, 4));
    if (r.chance(0.01)) data.draft = true;
    return { id: `${time.day(published)}-${region.id}-gushi-${i + 1}`, ext: mdx ? 'mdx' : 'md', data, body };
  });
}

export function makeRhymes(r: Random, input: StoryInput & { noticeIds: readonly string[] }): Entry[] {
  const { count, regions, time } = input;
  return Array.from({ length: count }, (_, i) => {
    const published = spread(r, i, count, time);
    const form = r.pick(V.RHYME_FORMS);
    const dialect = r.pick(V.DIALECTS);
    const data: Record<string, unknown> = {
      title: `防疫${form === '其他' ? '小唱' : form}（${dialect}版）`,
      form,
      dialect,
      published: time.iso(published),
    };
    const body = rhymeBody(r, form, r.int(4, 7));
    if (r.chance(0.8)) data.credits = r.sample(V.CREDIT_ROLES, r.int(2, 3)).map((role) => ({ role, name: personName(r) }));
    if (r.chance(0.2)) data.audio = { file: `./${AUDIO_FILE}`, duration: 1 };
    if (r.chance(0.4)) data.glossary = r.sample(V.GLOSSARY, r.int(2, 4)).map(([term, reading, meaning]) => ({ term, reading, meaning }));
    if (r.chance(0.3) && input.noticeIds.length) data.relatedNotices = r.sample(input.noticeIds, r.int(1, 2));
    if (r.chance(0.5)) data.region = r.pick(regions).id;
    if (r.chance(0.7)) data.summary = summaryOf(`用${dialect}唱防疫`, body.split('\n').slice(0, 4).join(''), 100);
    if (r.chance(0.85)) data.tags = [form, dialect, ...r.sample(V.TAGS, r.int(1, 2))];
    return { id: `${time.day(published)}-${form === '三字经' ? 'sanzijing' : 'fangyi-ge'}-${i + 1}`, ext: 'md', data, body };
  });
}
