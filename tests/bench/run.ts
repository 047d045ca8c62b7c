/**
 * `npm run bench -- --n 1000 --runs 3`: generates a synthetic content folder
 * of N entries, builds this site and the bare baseline from it several times
 * (alternating, each build a cold whole process), and prints a table and JSON
 * (also saved under .tmp/bench/). Timings are reported, never asserted.
 *
 * Options: --n 1000[,5000,…]  --runs 3  --timeout 1800 (seconds per build)
 *          --max-memory-gb 16 (stop a build whose process tree passes it)
 *          --latency (publish latency through npm run live, on the mixed corpus and on one of N .mdx notices)
 *          --build-latency (the older measure: three npm run builds, cold, unchanged, one notice changed)
 *          --incremental (publish latency with Astro's experimental incremental build, in a patched copy)
 *          --skip-baseline  --skip-search  --skip-builds (latency only, on content generated before)
 */
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeBaselineProject } from './baseline-project';
import { failureTail, projectRoot, timedBuild, type BuildPlan } from './builds';
import { distStats } from './dist-stats';
import { generateContent } from './generate-content';
import { incrementalLatency } from './incremental-experiment';
import { publishLatency } from './latency';
import { liveLatency, mdxCorpus, mixedCorpus } from './live-latency';
import { median, type Measured } from './measure';
import { buildPhases } from './phases';
import { formatTable, saveReport, type NResult, type SideResult } from './report';
import { firstSearch } from './search-transfer';
import { Trash } from './trash';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '3' },
    timeout: { type: 'string', default: '1800' },
    'max-memory-gb': { type: 'string', default: '16' },
    latency: { type: 'boolean', default: false },
    'build-latency': { type: 'boolean', default: false },
    incremental: { type: 'boolean', default: false },
    'skip-baseline': { type: 'boolean', default: false },
    'skip-search': { type: 'boolean', default: false },
    // Only the latency steps, over a content folder an earlier run generated.
    'skip-builds': { type: 'boolean', default: false },
  },
});
const sizes = values.n.split(',').map(Number);
const runs = Number(values.runs);
const timeoutSeconds = Number(values.timeout);
const maxTreeBytes = Number(values['max-memory-gb']) * 2 ** 30;
const benchDir = join(projectRoot, '.tmp/bench');
const log = (message: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
const trash = new Trash(benchDir);

async function side(entries: number, measured: Measured[], searchKind: 'site' | 'baseline', lastDist: string): Promise<SideResult> {
  const wallSeconds = measured.map((m) => Math.round(m.wallSeconds * 10) / 10);
  const medianSeconds = median(measured.map((m) => m.wallSeconds));
  const medianRun = [...measured].sort((a, b) => a.wallSeconds - b.wallSeconds)[Math.floor((measured.length - 1) / 2)]!;
  const dist = distStats(lastDist);
  const firstNotice = dist.noticePageMaxName.replace(/index\.html$/, '');
  log(`measuring first search on ${searchKind}`);
  const search = values['skip-search'] ? undefined : await firstSearch(lastDist, searchKind, firstNotice);
  return {
    entries,
    wallSeconds,
    medianSeconds,
    secondsPer1000: medianSeconds / (entries / 1000),
    peakMemoryMB: Math.max(...measured.map((m) => Math.max(m.peakTreeRssBytes, m.peakProcessHwmBytes))) / 1024 / 1024,
    phases: buildPhases(medianRun),
    dist,
    firstSearch: search,
  };
}

async function benchN(n: number): Promise<NResult> {
  const work = join(benchDir, `n${n}`);
  // Everything from the last run, set aside (not deleted) along with the old content.
  trash.setAside(work);
  log(`N=${n}: generating content`);
  const content = await generateContent(join(work, 'content'), n);
  const baselineRoot = writeBaselineProject(join(work, 'baseline'), join(content.dir, 'notices'), join(projectRoot, 'node_modules'));
  const plan = (kind: 'site' | 'baseline', run: number): BuildPlan => ({
    root: kind === 'site' ? projectRoot : baselineRoot,
    // A folder of its own for each run: nothing is deleted between timed builds.
    outDir: join(work, `dist-${kind}-${run}`),
    cacheDir: join(work, `cache-${kind}-${run}`),
    logFile: join(work, `build-${kind}-${run}.log`),
    contentDir: content.dir,
    timeoutSeconds,
    maxTreeBytes,
    indexAfter: kind === 'site',
    trash,
  });
  const measured = { site: [] as Measured[], baseline: [] as Measured[] };
  for (let run = 1; run <= runs; run++) {
    // Alternate the order so drift in machine load hits both sides alike.
    const order: Array<'site' | 'baseline'> = values['skip-baseline'] ? ['site'] : run % 2 ? ['site', 'baseline'] : ['baseline', 'site'];
    for (const kind of order) {
      log(`N=${n}: run ${run}/${runs}, ${kind}`);
      const result = await timedBuild(plan(kind, run));
      if (result.exitCode !== 0) {
        const peak = (Math.max(result.peakTreeRssBytes, result.peakProcessHwmBytes) / 2 ** 20).toFixed(0);
        throw new Error(`N=${n} ${kind} after ${result.wallSeconds.toFixed(0)} s, peak ${peak} MB: ${failureTail(result)}\n(full log: ${plan(kind, run).logFile})`);
      }
      log(`  ${result.wallSeconds.toFixed(1)} s, peak ${(result.peakTreeRssBytes / 1048576).toFixed(0)} MB`);
      measured[kind].push(result);
    }
  }
  const counts = content.counts;
  const site = await side(n, measured.site, 'site', plan('site', runs).outDir);
  const baseline = values['skip-baseline'] ? undefined : await side(counts.notices, measured.baseline, 'baseline', plan('baseline', runs).outDir);
  const result: NResult = { n, counts, runs, site, baseline };
  if (baseline) {
    result.ratioPer1000 = site.secondsPer1000 / baseline.secondsPer1000;
    result.ratioWall = site.medianSeconds / baseline.medianSeconds;
    result.ratioPer1000ByPair = measured.site.map((ours, i) => ours.wallSeconds / site.entries / (measured.baseline[i]!.wallSeconds / baseline.entries));
  }
  return result;
}

const results: NResult[] = [];
const report = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version },
  results,
  failures: [] as Array<{ n: number; error: string }>,
  latency: undefined as unknown,
  buildLatency: undefined as unknown,
  incrementalLatency: undefined as unknown,
};
const failures: Array<{ n: number; error: string }> = [];
await trash.settle(log);
for (const n of values['skip-builds'] ? [] : sizes) {
  try {
    const result = await benchN(n);
    results.push(result);
    console.log(`\n${formatTable(result)}\n`);
  } catch (error) {
    // A size that cannot build here (time or memory limit) is a result too; go on with the others.
    const message = error instanceof Error ? error.message : String(error);
    failures.push({ n, error: message });
    log(`N=${n} failed: ${message.slice(0, 2000)}`);
  }
}
report.failures = failures;
if (values['build-latency']) {
  const n = sizes.at(-1)!;
  log(`N=${n}: publish latency of three builds`);
  report.buildLatency = await publishLatency(join(benchDir, `n${n}`), timeoutSeconds, log, trash, maxTreeBytes);
  console.log(JSON.stringify(report.buildLatency, null, 2));
}
if (values.latency) {
  const n = sizes.at(-1)!;
  const work = join(benchDir, `live-n${n}`);
  trash.setAside(work);
  log(`N=${n}: publish latency through npm run live`);
  const mixed = await liveLatency('mixed', await mixedCorpus(join(work, 'mixed'), n), join(work, 'mixed'), log);
  const mdx = await liveLatency('mdx', await mdxCorpus(join(work, 'mdx'), n), join(work, 'mdx'), log);
  report.latency = [mixed, mdx];
  console.log(JSON.stringify(report.latency, null, 2));
}
if (values.incremental) {
  const n = sizes.at(-1)!;
  log(`N=${n}: publish latency with experimental.incrementalBuild`);
  report.incrementalLatency = await incrementalLatency(join(benchDir, `n${n}`), timeoutSeconds, log, trash, maxTreeBytes);
  console.log(JSON.stringify(report.incrementalLatency, null, 2));
}
const file = saveReport(benchDir, report);
log('deleting the old builds set aside');
trash.empty();
console.log(JSON.stringify(report, null, 2));
log(`saved ${file}`);
