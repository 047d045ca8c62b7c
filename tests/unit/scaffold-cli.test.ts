import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContentFolder } from '../../src/checking/content-check';
import { mistakes } from '../helpers/scaffold-problems';

const ROOT = join(import.meta.dirname, '../..');
const FIXTURE = join(ROOT, 'tests/fixtures/scaffold-basic/content');

function copyFixture(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'scaffold-cli-')), 'content');
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

/**
 * Runs the real command without a terminal (so it asks nothing). The machine
 * clock reads 24 Nov in Los Angeles while it is already 25 Nov in Beijing.
 */
function run(args: string[]) {
  const result = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['src/cli/new.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, TZ: 'America/Los_Angeles', SITE_NOW: '2026-11-25T07:30+08:00', CONTENT_DIR: undefined },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const files = (dir: string, kind: string) => (existsSync(join(dir, kind)) ? readdirSync(join(dir, kind)).sort() : []);

describe('npm run new, without prompts', { timeout: 60_000 }, () => {
  it('creates a valid notice named by the Beijing date, with the next 第N号', () => {
    const dir = copyFixture();
    const { code, stdout, stderr } = run(['--kind', '通告', '--title', '岚溪区疫情防控指挥部关于开放室内场馆的通告（第5号）', '--authority', '岚溪区疫情防控指挥部', '--region', 'qingshi-jiedao', '--yes', '--content', dir]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const path = join(dir, 'notices', '2026-11-25-kai-fang-shi-nei-chang-guan.md');
    expect(stdout).toContain(path);
    expect(stdout).toContain('npm run check');
    expect(stdout).toContain('npm run dev');
    const text = readFileSync(path, 'utf8');
    expect(text).toContain('seriesNo: 5\nissued: 2026-11-25\nregion: qingshi-jiedao\n');
    expect(mistakes(checkContentFolder(dir).problems)).toEqual([]);
  });

  it('creates a valid hotline from --name, --phone, --category and --hours', () => {
    const dir = copyFixture();
    const { code } = run(['--kind', '热线', '--name', '区心理援助热线', '--phone', '0700-01230009', '--phone', '12320', '--category', '心理援助', '--hours', '24/7', '--content', dir]);
    expect(code).toBe(0);
    expect(files(dir, 'hotlines')).toEqual(['qu-xin-li-yuan-zhu-re.yaml', 'yingji.yaml']);
    expect(readFileSync(join(dir, 'hotlines', 'qu-xin-li-yuan-zhu-re.yaml'), 'utf8')).toContain('verified: 2026-11-25\n');
    expect(mistakes(checkContentFolder(dir).problems)).toEqual([]);
  });

  it('supersedes and withdraws notices', () => {
    const dir = copyFixture();
    expect(run(['--supersede', '2026-11-10-tonggao-4', '--content', dir]).code).toBe(0);
    expect(readFileSync(join(dir, 'notices', '2026-11-25-tiao-zheng-cai-yang-an-pai.md'), 'utf8')).toContain('supersedes: [2026-11-10-tonggao-4]');
    const withdraw = run(['--withdraw', '2026-11-05-tonggao-2', '--reason', '已被第4号通告取代', '--content', dir]);
    expect(withdraw.code).toBe(0);
    expect(readFileSync(join(dir, 'notices', '2026-11-05-tonggao-2.md'), 'utf8')).toMatch(/withdrawn:\n {2}date: 2026-11-25\n {2}reason: 已被第4号通告取代\n---\n/);
    expect(mistakes(checkContentFolder(dir).problems)).toEqual([]);
  });

  it('explains missing flags in Chinese, exits with 2 and writes nothing', () => {
    const dir = copyFixture();
    const { code, stderr } = run(['--kind', '通告', '--yes', '--content', dir]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/还缺少：--title（标题）、--authority（发布机关）/);
    expect(files(dir, 'notices')).toEqual(files(FIXTURE, 'notices'));
  });

  it('leaves no file behind when the check finds a problem (a region not in regions.yaml)', () => {
    const dir = copyFixture();
    const { code, stderr } = run(['--kind', '门诊', '--name', '青石街道发热门诊', '--type', '发热门诊', '--address', '人民路1号', '--region', 'qingshi', '--hours', '24/7', '--content', dir]);
    expect(code).toBe(1);
    expect(stderr).toContain('新文件已经删掉');
    expect(stderr).toContain('地区「qingshi」不在 regions.yaml 里');
    expect(files(dir, 'clinics')).toEqual(['baisha-shaodian.yaml']);
  });

  it('rejects an unknown flag or kind with exit code 2', () => {
    expect(run(['--kind', '告示', '--content', FIXTURE])).toMatchObject({ code: 2, stderr: expect.stringContaining('--kind「告示」不认识') });
    expect(run(['--colour', 'red', '--content', FIXTURE]).code).toBe(2);
  });
});
