import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSettings, SettingsError } from '../../src/site.config';

const ROOT = join(import.meta.dirname, '../..');

describe('the site settings', () => {
  it('resolve every default when nothing is set', () => {
    const settings = readSettings({});
    expect(settings.SITE_URL).toBe('https://fangkong.example.org');
    expect(settings.SITE_SAMPLE_DATA).toBe(true);
    expect(settings.CONTENT_DIR).toBe(join(ROOT, 'content'));
    expect(settings.SEARCH_PAGES_PER_PART).toBeUndefined();
    expect(settings.PREVIEW_DRAFTS).toBeUndefined();
  });

  it('read what a deployment sets', () => {
    const settings = readSettings({ SITE_URL: 'https://fk.example.gov.cn/', SITE_SAMPLE_DATA: 'false', CONTENT_DIR: '/srv/content', SEARCH_PAGES_PER_PART: '5000', UPDATE_PUBLISHED_URLS: '1' });
    expect(settings).toMatchObject({ SITE_URL: 'https://fk.example.gov.cn/', SITE_SAMPLE_DATA: false, CONTENT_DIR: '/srv/content', SEARCH_PAGES_PER_PART: 5000, UPDATE_PUBLISHED_URLS: true });
  });

  it('refuse every bad value at once, each named, in Chinese', () => {
    const bad = { SITE_URL: 'abc', SITE_SAMPLE_DATA: 'yes', SITE_NOW: 'tomorrow', SEARCH_PAGES_PER_PART: '10k', PREVIEW_DRAFTS: 'no' };
    let error: unknown;
    try {
      readSettings(bad);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SettingsError);
    const message = (error as SettingsError).message;
    expect(message).toMatch(/^设置有 5 处问题，网站没有生成/);
    for (const name of Object.keys(bad)) expect(message).toContain(`字段 ${name}：`);
    expect(message).toContain('「abc」不是完整的网址');
  });

  it.each(['0', '-3', '2.5', '一万', '10k'])('refuse SEARCH_PAGES_PER_PART=%s (a whole number of pages)', (value) => {
    expect(() => readSettings({ SEARCH_PAGES_PER_PART: value })).toThrow(/SEARCH_PAGES_PER_PART=.* 无效/);
  });

  it('refuse an editor git server without its OAuth application, and a content path that climbs out', () => {
    expect(() => readSettings({ EDITOR_BASE_URL: 'https://git.example.gov.cn' })).toThrow(/字段 EDITOR_APP_ID：设置了 EDITOR_BASE_URL/);
    expect(readSettings({ EDITOR_BASE_URL: 'https://git.example.gov.cn', EDITOR_APP_ID: 'abc' }).EDITOR_APP_ID).toBe('abc');
    expect(() => readSettings({ EDITOR_CONTENT_PATH: 'site/../src' })).toThrow(/不能有 \. 或 \.\./);
    expect(() => readSettings({ EDITOR_PORT: '99999' })).toThrow(/EDITOR_PORT=99999 无效/);
  });

  it('stop a command with the list and no stack trace', () => {
    const run = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['src/cli/check.ts'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, SITE_URL: 'abc' } });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('字段 SITE_URL：「abc」不是完整的网址');
    expect(run.stderr).not.toMatch(/\bat \w+ \(|Error:/);
  });
});
