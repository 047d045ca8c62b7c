/** The benchmark's result: one record per N, printed as a table and saved as JSON. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DistStats } from './dist-stats';
import type { Phases } from './phases';
import type { SearchTransfer } from './search-transfer';

export interface SideResult {
  /** Entries this build reads (the baseline reads only the notices). */
  entries: number;
  wallSeconds: number[];
  medianSeconds: number;
  secondsPer1000: number;
  /** Highest peak over the runs (process tree, sampled). */
  peakMemoryMB: number;
  phases?: Phases;
  dist?: DistStats;
  firstSearch?: SearchTransfer;
}

export interface NResult {
  n: number;
  counts: Record<string, number>;
  runs: number;
  site: SideResult;
  baseline?: SideResult;
  /** site.secondsPer1000 / baseline.secondsPer1000 — the figure that matters. */
  ratioPer1000?: number;
  /** site.medianSeconds / baseline.medianSeconds (same notices, site also builds everything else). */
  ratioWall?: number;
  /** The per-1000 ratio of each pair of runs made one after the other: how far this machine's noise moves it. */
  ratioPer1000ByPair?: number[];
}

const kb = (bytes?: number) => (bytes === undefined ? '–' : `${(bytes / 1024).toFixed(1)} KB`);
const mb = (bytes?: number) => (bytes === undefined ? '–' : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

function rows(result: NResult): Array<[string, string, string]> {
  const { site, baseline } = result;
  const both = (f: (s: SideResult) => string): [string, string] => [f(site), baseline ? f(baseline) : '–'];
  return [
    ['entries built', ...both((s) => String(s.entries))],
    ['runs (wall s)', ...both((s) => s.wallSeconds.map((x) => x.toFixed(1)).join(' / '))],
    ['median wall s', ...both((s) => s.medianSeconds.toFixed(1))],
    ['s per 1000 entries', ...both((s) => s.secondsPer1000.toFixed(2))],
    ['peak memory', ...both((s) => `${s.peakMemoryMB.toFixed(0)} MB`)],
    ['phases s (start/sync/bundle/render/img/after)', ...both((s) => (s.phases ? Object.values(s.phases).join(' / ') : '–'))],
    ['dist/ size', ...both((s) => mb(s.dist?.distBytes))],
    ['pagefind/ size', ...both((s) => mb(s.dist?.pagefindBytes))],
    ['index bytes per page', ...both((s) => `${s.dist?.indexBytesPerPage ?? '–'} B (${s.dist?.indexedPages ?? '–'} pages)`)],
    ['notice page HTML+CSS gz (median / max)', ...both((s) => `${kb(s.dist?.noticePageMedianBytes)} / ${kb(s.dist?.noticePageMaxBytes)}`)],
    ['scripts on notice pages (max)', ...both((s) => String(s.dist?.noticePageMaxScripts ?? '–'))],
    ['first search gz (page + pagefind)', ...both((s) => (s.firstSearch ? `${kb(s.firstSearch.totalBytes)} (${kb(s.firstSearch.pageBytes)} + ${kb(s.firstSearch.pagefindBytes)}), ${s.firstSearch.requests} req` : '–'))],
  ];
}

export function formatTable(result: NResult): string {
  const table = rows(result);
  const widths = [0, 1, 2].map((i) => Math.max(...table.map((r) => r[i]!.length), ['metric', 'this site', 'baseline'][i]!.length));
  const line = (r: readonly string[]) => `| ${r.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
  const pairs = result.ratioPer1000ByPair?.length ? `; run by run: ${result.ratioPer1000ByPair.map((r) => r.toFixed(2)).join(' / ')}` : '';
  const ratio = result.ratioPer1000 === undefined ? '' : `\nratio ours/baseline, s per 1000 entries: ${result.ratioPer1000.toFixed(2)}  (wall-time ratio: ${result.ratioWall!.toFixed(2)}${pairs})`;
  return [`N = ${result.n} ${JSON.stringify(result.counts)}`, line(['metric', 'this site', 'baseline']), line(widths.map((w) => '-'.repeat(w))), ...table.map(line)].join('\n') + ratio;
}

/** Writes the JSON to `.tmp/bench/` (timestamped and latest.json) and the tables to latest.md; returns the JSON's path. */
export function saveReport(dir: string, report: { results: NResult[] }): string {
  mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = join(dir, `bench-${stamp}.json`);
  const text = `${JSON.stringify(report, null, 2)}\n`;
  writeFileSync(file, text);
  writeFileSync(join(dir, 'latest.json'), text);
  writeFileSync(join(dir, 'latest.md'), report.results.map(formatTable).join('\n\n') + '\n');
  return file;
}
