/**
 * The one typed site config: who runs this site and where it lives. Every
 * default is resolved here. A district deploying the site edits this file (or
 * sets the environment variables below); nothing about a district lives in code.
 */
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

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
  /** True while the site shows sample content: every page says so. */
  sampleData: boolean;
  /** Folder of content files, absolute. */
  contentDir: string;
  /** How many days after `verified` a hotline or clinic is flagged 待核实. */
  verifyWithinDays: number;
  /** Old URL → new URL, for a published address that had to move (it never just disappears). */
  redirects: Record<string, string>;
}

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const env = process.env;

function resolveContentDir(value: string | undefined): string {
  const dir = value ?? 'content';
  return isAbsolute(dir) ? dir : resolve(projectRoot, dir);
}

export const site: SiteConfig = {
  name: env.SITE_NAME ?? '岚溪区疫情防控信息发布',
  shortName: env.SITE_SHORT_NAME ?? '岚溪防控',
  tagline: env.SITE_TAGLINE ?? '通告、热线、发热门诊，一站查清',
  url: env.SITE_URL ?? 'https://fangkong.example.org',
  authority: env.SITE_AUTHORITY ?? '岚溪区疫情防控指挥部办公室（虚构示例）',
  sampleData: (env.SITE_SAMPLE_DATA ?? 'true') !== 'false',
  contentDir: resolveContentDir(env.CONTENT_DIR),
  verifyWithinDays: 30,
  redirects: {},
};
