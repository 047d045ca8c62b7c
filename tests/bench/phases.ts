/**
 * Where a build's time went, read from the times its log lines arrived:
 * start-up and content check, content sync, bundling, rendering pages,
 * images, then what runs after (sitemap, Pagefind, URL check).
 */
import type { Measured } from './measure';

export interface Phases {
  startup: number;
  contentSync: number;
  bundle: number;
  render: number;
  images: number;
  afterBuild: number;
}

const at = (lines: Measured['lines'], pattern: RegExp, from = 0) => lines.slice(from).find((l) => pattern.test(l.text))?.t;

export function buildPhases(run: Measured): Phases | undefined {
  const { lines } = run;
  const sync = at(lines, /\[content\] Syncing content/);
  const bundle = at(lines, /Building static entrypoints/);
  const render = at(lines, /generating static routes/);
  const images = at(lines, /generating optimized images/);
  const doneIndex = lines.findIndex((l) => /\[build\] ✓ Completed in/.test(l.text) && render !== undefined && l.t >= render);
  const done = doneIndex >= 0 ? lines[doneIndex]!.t : undefined;
  if (sync === undefined || bundle === undefined || render === undefined || done === undefined) return undefined;
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    startup: round(sync),
    contentSync: round(bundle - sync),
    bundle: round(render - bundle),
    render: round((images ?? done) - render),
    images: round(images === undefined ? 0 : done - images),
    afterBuild: round(run.wallSeconds - done),
  };
}
