/**
 * A content folder for the search order test (tests/e2e/search-current-first.test.ts),
 * written into a temporary folder: more lapsed pages than fit on two pages of results
 * (notices expired, withdrawn or superseded, sites paused or closed), all with WORD in
 * their title or name, and a few current pages (notices in force, an open site) that
 * mention WORD once in a long text, so Pagefind alone scores every current page below them.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PAGE_SIZE } from '../../src/search/result-pages';

/** The words every page of the fixture matches. */
export const WORD = '龙舟赛';
/** Built at this "now": the expired notices expired on 11-01. */
export const SEARCH_ORDER_NOW = '2026-11-22T12:00+08:00';

export interface SearchOrderSite {
  contentDir: string;
  /** Paths of the pages that still apply. */
  current: string[];
  /** Paths of the pages that no longer do. */
  lapsed: string[];
}

/** Ordinary notice text, long enough that one mention of WORD weighs little. */
const FILLER = '请居民朋友继续做好个人防护，勤洗手、常通风、科学佩戴口罩，出现发热等症状及时就医。'.repeat(12);

const notice = (title: string, fields: string, body: string) =>
  `---\ntitle: ${title}\ndocType: 通知\nauthority: 测试县疫情防控指挥部\nregion: ceshi-xian\n${fields}\n---\n\n${body}\n`;

const clinic = (name: string, status: string, notes: string) =>
  `name: ${name}\nkind: 核酸采样点\naddress: 测试县江边路1号\nregion: ceshi-xian\nhours: 24/7\nstatus: ${status}\nnotes: ${notes}\nverified: 2026-11-20\n`;

export function writeSearchOrderSite(): SearchOrderSite {
  const contentDir = mkdtempSync(join(tmpdir(), 'search-order-content-'));
  const files: Array<[path: string, text: string, page: string, lapsed: boolean]> = [];
  const addNotice = (id: string, text: string, lapsed: boolean) => files.push([`notices/${id}.md`, text, `/notices/${id}/`, lapsed]);
  const addClinic = (id: string, text: string, lapsed: boolean) => files.push([`clinics/${id}.yaml`, text, `/clinics/${id}/`, lapsed]);

  // Lapsed: two pages' worth of expired notices, and one of each other way of lapsing.
  for (let n = 1; n <= 2 * PAGE_SIZE; n++) {
    const day = String((n % 9) + 1).padStart(2, '0');
    addNotice(`2026-10-${day}-longzhousai-${n}`, notice(`${WORD}期间${WORD}场地管理通知（第${n}次）`, `issued: 2026-10-${day}\nexpires: 2026-11-01`, `${WORD}暂停举办，${WORD}场地关闭。`), true);
  }
  addNotice('2026-10-20-longzhousai-chexiao', notice(`${WORD}观赛区${WORD}通知`, 'issued: 2026-10-20\nwithdrawn: { date: 2026-10-25, reason: 疫情形势变化 }', `${WORD}观赛区限流。`), true);
  addNotice('2026-10-21-longzhousai-jiu', notice(`${WORD}${WORD}交通管制通知`, 'issued: 2026-10-21', `${WORD}期间江边路封闭。`), true);
  addClinic('longzhousai-zanting-caiyangdian', clinic(`${WORD}${WORD}临时采样点`, 'paused', `${WORD}现场采样。`), true);
  addClinic('longzhousai-tingyong-caiyangdian', clinic(`${WORD}${WORD}码头采样点`, 'closed', `${WORD}码头采样。`), true);

  // Current: in force (one of them replacing the traffic notice above) and an open site, WORD once each.
  addNotice('2026-11-10-jiangbian-fanghu', notice('江边片区近期防护提示', 'issued: 2026-11-10', `${FILLER}原定的${WORD}已取消。`), false);
  addNotice('2026-11-12-jiangbian-jiaotong', notice('江边路交通恢复通知', 'issued: 2026-11-12\nsupersedes: [2026-10-21-longzhousai-jiu]', `${FILLER}因${WORD}实行的管制解除。`), false);
  addClinic('jiangbian-caiyangdian', clinic('江边社区采样点', 'open', `${FILLER}原${WORD}采样点的居民可到这里采样。`), false);

  writeFileSync(join(contentDir, 'regions.yaml'), '- id: ceshi-xian\n  name: 测试县\n');
  for (const [path, text] of files) {
    mkdirSync(join(contentDir, path, '..'), { recursive: true });
    writeFileSync(join(contentDir, path), text);
  }
  return {
    contentDir,
    current: files.filter(([, , , lapsed]) => !lapsed).map(([, , page]) => page),
    lapsed: files.filter(([, , , lapsed]) => lapsed).map(([, , page]) => page),
  };
}
