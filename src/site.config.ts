/**
 * The one typed site config, and the one place that reads the environment.
 * Every setting — the district's identity and the deployment's switches — is
 * read and validated here, with defaults resolved; a bad value stops every
 * command with a Chinese message naming the variable. A district deploying the
 * site edits the defaults below or sets the environment variables.
 */
import { basename, isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import { formatProblems, type ContentProblem } from './checking/content-problems';
import type { EditorSettings } from './editor/cms-config';
import { isoBeijing, parseContentDate } from './lifecycle/beijing-time';
import { recordRead } from './page-reuse/page-reads';
import { nowPending } from './publishing/publisher-word';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

const nonEmpty = (what: string) => z.string().trim().min(1, { error: `${what}不能为空` });
const onOff = (what: string) =>
  z.enum(['0', '1'], { error: `${what}只能是 1（开）或 0（关）` }).optional().transform((value) => (value === undefined ? undefined : value === '1'));

/** A TCP port number, `fallback` when unset. */
const port = (name: string, fallback: number) =>
  z
    .string()
    .optional()
    .refine((value) => value === undefined || (/^\d+$/.test(value) && Number(value) > 0 && Number(value) < 65536), {
      error: (issue) => `${name}=${String(issue.input)} 无效：应是 1 到 65535 之间的端口号，例如 ${fallback}`,
    })
    .transform((value) => (value ? Number(value) : fallback));

/** Every environment variable the project reads, what it means, and its default. */
const SettingsSchema = z.object({
  /** Site name shown in the header and feeds. */
  SITE_NAME: nonEmpty('网站名称').default('岚溪区疫情防控信息发布'),
  /** Short name for small screens and the browser tab. */
  SITE_SHORT_NAME: nonEmpty('网站简称').default('岚溪防控'),
  /** One line under the name. */
  SITE_TAGLINE: nonEmpty('网站标语').default('通告、热线、发热门诊，一站查清'),
  /** Absolute origin the site is published at (feeds, sitemap and posters' QR codes need it). */
  SITE_URL: z
    .url({ protocol: /^https?$/, error: (issue) => `「${String(issue.input)}」不是完整的网址；请写成 https://fangkong.example.org 这样以 http:// 或 https:// 开头的地址` })
    .default('https://fangkong.example.org'),
  /** The body running the site (footer, feeds, posters). */
  SITE_AUTHORITY: nonEmpty('发布单位').default('岚溪区疫情防控指挥部办公室（虚构示例）'),
  /** The office's contact address for podcast directories (itunes:owner); optional. */
  SITE_EMAIL: z.email({ error: (issue) => `「${String(issue.input)}」不是电子邮件地址，例如 fangkong@example.gov.cn` }).optional(),
  /** `false` once the content is real; until then every page says it is sample data. */
  SITE_SAMPLE_DATA: z
    .enum(['true', 'false'], { error: 'SITE_SAMPLE_DATA 只能是 true（示例数据，每页都会注明）或 false（真实内容）' })
    .default('true')
    .transform((value) => value === 'true'),
  /** Folder of content files, absolute or relative to the project. */
  CONTENT_DIR: nonEmpty('内容文件夹').default('content').transform((dir) => (isAbsolute(dir) ? dir : resolve(projectRoot, dir))),
  /** Pins the build's "now" (reproducible builds, tests). */
  SITE_NOW: z
    .string()
    .optional()
    .refine((value) => value === undefined || value === '' || parseContentDate(value) !== undefined, {
      error: (issue) => `「${String(issue.input)}」不是日期；请写成 2026-11-22 或 2026-11-22T18:00+08:00（北京时间）`,
    }),
  /** `astro dev` previews drafts and scheduled entries unless 0. */
  PREVIEW_DRAFTS: onOff('PREVIEW_DRAFTS '),
  /** 1: the build adds newly published addresses to content/published-urls.txt instead of only checking them. */
  UPDATE_PUBLISHED_URLS: onOff('UPDATE_PUBLISHED_URLS '),
  /**
   * A release folder of this site: the build takes from it each entry page whose content reads are
   * unchanged (src/page-reuse/), and records its own pages' reads; empty: record only. The live
   * publisher sets it; `npm run build` does not.
   */
  REUSE_PAGES_FROM: z.string().optional(),
  /** The live publisher's check of the content folder, handed to the build it starts (src/checking/check-handoff.ts). */
  CHECKED_CONTENT: z.string().optional(),
  /** Astro's cache folder (the search index's word cache lives there too). */
  ASTRO_CACHE_DIR: z.string().optional(),
  /** The live publisher's port on localhost (`npm start`, `npm run live`). */
  PORT: port('PORT', 4321),
  /** The web editor's git server (/admin/): gitea (also Forgejo), gitlab or github. docs/web-editor.md */
  EDITOR_BACKEND: z.enum(['gitea', 'gitlab', 'github'], { error: 'EDITOR_BACKEND 只能是 gitea、gitlab 或 github' }).default('gitea'),
  /** The office's repository on that server, as owner/name. */
  EDITOR_REPO: z
    .string()
    .regex(/^[\w.-]+(\/[\w.-]+)+$/, { error: (issue) => `EDITOR_REPO=${String(issue.input)} 无效：应写成 所有者/仓库名，例如 fangkong/site` })
    .default('fangkong/site'),
  /** The git server's address, for a self-hosted Gitea or GitLab, e.g. https://git.example.gov.cn. */
  EDITOR_BASE_URL: z.url({ protocol: /^https?$/, error: (issue) => `EDITOR_BASE_URL=${String(issue.input)} 不是完整的网址，例如 https://git.example.gov.cn` }).optional(),
  /** The OAuth application's client id on that server (PKCE login, no server of our own). */
  EDITOR_APP_ID: z.string().trim().min(1, { error: 'EDITOR_APP_ID 不能为空' }).optional(),
  /** The branch the editor commits to. */
  EDITOR_BRANCH: nonEmpty('EDITOR_BRANCH ').default('main'),
  /** Where the content folder lies inside the office's repository; by default the content folder's own name. */
  EDITOR_CONTENT_PATH: z
    .string()
    .regex(/^[\w.-]+(\/[\w.-]+)*$/, { error: (issue) => `EDITOR_CONTENT_PATH=${String(issue.input)} 无效：应是仓库里的相对路径，例如 content` })
    .refine((path) => path.split('/').every((segment) => segment !== '.' && segment !== '..'), { error: 'EDITOR_CONTENT_PATH 里不能有 . 或 .. 这样的路径段' })
    .optional(),
  /** The editor's local file proxy (`npm start`, for an office without a git server), on 127.0.0.1 only. */
  EDITOR_PORT: port('EDITOR_PORT', 8081),
  /** Searchable pages per part of the search index (docs/performance.md). */
  SEARCH_PAGES_PER_PART: z
    .string()
    .optional()
    .refine((value) => value === undefined || value.trim() === '' || /^[1-9]\d*$/.test(value.trim()), {
      error: (issue) => `SEARCH_PAGES_PER_PART=${String(issue.input)} 无效：应是一个正整数（每部分搜索索引最多收录的页面数）`,
    })
    .transform((value) => (value?.trim() ? Number(value) : undefined)),
}).superRefine((values, ctx) => {
  // A git server without the OAuth application the editor logs in with: every login would fail.
  if (values.EDITOR_BASE_URL && values.EDITOR_BACKEND !== 'github' && !values.EDITOR_APP_ID) {
    ctx.addIssue({ code: 'custom', path: ['EDITOR_APP_ID'], message: '设置了 EDITOR_BASE_URL（单位的 Git 服务器）就要同时设置 EDITOR_APP_ID：在 Git 服务器上为网页编辑器创建的 OAuth 应用的 Client ID（docs/web-editor.md）' });
  }
});

export type Settings = z.output<typeof SettingsSchema>;

/** Settings that cannot be used: the message lists every bad variable, in Chinese. */
export class SettingsError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(formatProblems(problems, '设置'));
    this.name = 'SettingsError';
  }
}

/** Reads and validates the settings from `env` (pure: tests pass their own). */
export function readSettings(env: Record<string, string | undefined>): Settings {
  const result = SettingsSchema.safeParse(env);
  if (result.success) return result.data;
  throw new SettingsError(
    result.error.issues.map((issue) => ({ file: '环境变量', field: issue.path.map(String).join('.'), message: issue.message })),
  );
}

/** This process's settings. Bad ones end it here with the Chinese list (a stack trace helps nobody fix a variable). */
function settingsOrExit(env: Record<string, string | undefined>): Settings {
  try {
    return readSettings(env);
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}

export const settings: Settings = settingsOrExit(process.env);

export interface SiteConfig {
  /** Site name shown in the header and feeds. */
  name: string;
  /** Short name for small screens and the browser tab. */
  shortName: string;
  /** One line under the name. */
  tagline: string;
  /** Absolute origin the site is published at (feeds and sitemap need it). */
  url: string;
  /** The body running the site (shown in the footer and feeds). */
  authority: string;
  /** The office's contact address, if given (podcast directories ask for one). */
  email: string | undefined;
  /** True while the site shows sample content: every page says so. */
  sampleData: boolean;
  /** Folder of content files, absolute. */
  contentDir: string;
  /** How many days after `verified` a hotline or clinic is flagged 待核实. */
  verifyWithinDays: number;
  /** Old URL → new URL, for a published address that had to move (it never just disappears). */
  redirects: Record<string, string>;
}

export const site: SiteConfig = {
  name: settings.SITE_NAME,
  shortName: settings.SITE_SHORT_NAME,
  tagline: settings.SITE_TAGLINE,
  url: settings.SITE_URL,
  authority: settings.SITE_AUTHORITY,
  email: settings.SITE_EMAIL,
  sampleData: settings.SITE_SAMPLE_DATA,
  contentDir: settings.CONTENT_DIR,
  verifyWithinDays: 30,
  redirects: {},
};

/** The web editor's git server and local proxy (docs/web-editor.md). */
export const editorSettings: EditorSettings = {
  backend: settings.EDITOR_BACKEND,
  repo: settings.EDITOR_REPO,
  branch: settings.EDITOR_BRANCH,
  baseUrl: settings.EDITOR_BASE_URL,
  appId: settings.EDITOR_APP_ID,
  // The local proxy serves the content folder's parent, so there the path is the folder's own name.
  contentPath: settings.EDITOR_CONTENT_PATH ?? basename(settings.CONTENT_DIR),
  proxyPort: settings.EDITOR_PORT,
  siteUrl: settings.SITE_URL,
};

/**
 * "Now" for a build. `SITE_NOW` (any content date form) pins it, so tests and
 * reproducible builds do not depend on the wall clock. Read at each call: a
 * build pins it as it starts (pinBuildNow).
 */
export function buildNow(env: Record<string, string | undefined> = process.env): Date {
  // A build started ahead of its save has no "now" yet: the clock of this moment would be published as the save's.
  if (nowPending()) throw new Error('这次生成还没有收到发布程序给的“现在”时间，不能读时间（src/publishing/publisher-word.ts）');
  // A page that shows the time is a page of this build only (src/page-reuse/).
  recordRead('now');
  const pinned = env.SITE_NOW;
  if (!pinned) return new Date();
  const parsed = parseContentDate(pinned);
  if (!parsed) throw new SettingsError([{ file: '环境变量', field: 'SITE_NOW', message: `「${pinned}」不是日期；请写成 2026-11-22 或 2026-11-22T18:00+08:00（北京时间）` }]);
  return parsed;
}

/**
 * Fixes "now" for the rest of a build, unless `SITE_NOW` already does: pages,
 * feeds and posters are made at different moments of one build, and must all
 * agree on what is published and which notices are in force.
 */
export function pinBuildNow(env: Record<string, string | undefined> = process.env): Date {
  env.SITE_NOW ||= isoBeijing(new Date());
  return buildNow(env);
}
