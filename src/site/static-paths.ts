/** `getStaticPaths` for entry pages: one page per published entry, the entry as a prop. */
import { ARCHIVE_DATES, byMonth } from './archive-months';
import { siteContent, type ArticleEntry, type ClinicEntry, type NoticeEntry, type RhymeEntry } from './site-content';

const paths = <T extends { id: string }, K extends string>(entries: T[], key: K) =>
  entries.map((entry) => ({ params: { id: entry.id }, props: { [key]: entry } as Record<K, T> }));

export const noticePaths = async () => paths<NoticeEntry, 'notice'>((await siteContent()).notices, 'notice');
export const articlePaths = async () => paths<ArticleEntry, 'article'>((await siteContent()).articles, 'article');
export const rhymePaths = async () => paths<RhymeEntry, 'rhyme'>((await siteContent()).rhymes, 'rhyme');
export const clinicPaths = async () => paths<ClinicEntry, 'clinic'>((await siteContent()).clinics, 'clinic');

/** One archive page per month of issue (notices) or publication (articles). */
export const noticeMonthPaths = async () =>
  byMonth((await siteContent()).notices, ARCHIVE_DATES.notices).map((group) => ({ params: { month: group.month }, props: { group } }));
export const articleMonthPaths = async () =>
  byMonth((await siteContent()).articles, ARCHIVE_DATES.articles).map((group) => ({ params: { month: group.month }, props: { group } }));
