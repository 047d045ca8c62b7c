/**
 * A process for one `astro build`, started before it is needed: it loads
 * Astro (its build pipeline, Vite, Rolldown — about 1.2 s at every start on
 * this project's machine) and then waits for the publisher to say which build
 * to run (processes-ahead.ts, site-build.ts). The build itself runs as `astro build` runs
 * from the command line, in a process that has done nothing else, and the
 * process ends with it: no content, setting or "now" is carried from one
 * build to the next.
 *
 * A build told `ahead` starts before the save it will publish (build-ahead.ts):
 * its environment has no "now" yet, and it runs until it needs the content,
 * then waits for the publisher's word with its "now" (publisher-word.ts).
 *
 * Run by Node itself (its type stripping), not through the project's loaders:
 * of the project it imports only what lets Node load Astro's config.
 */
import module from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadProjectModulesWithNode } from './native-config-load.ts';
import { readStoreAhead, type StoreClass } from '../content-store/store-read-ahead.ts';
import { STORE_FILE } from '../content-store/store-file.ts';
import { awaitPublisherWord } from './publisher-word.ts';

interface Go {
  /** The build's whole environment (its CONTENT_DIR, SITE_NOW… included): it replaces the one the process was started with. */
  env: Record<string, string>;
  args: string[];
  /** The publisher's check is still running: its handoff is read once the publisher says it is written (publisher-word.ts). */
  awaitHandoff?: boolean;
  /** Started before its save: `env` has no SITE_NOW, which comes later as the publisher's word (publisher-word.ts). */
  ahead?: boolean;
}

/** The build's environment, whole: as if the process had been started with it. */
function takeEnvironment(env: Record<string, string>): void {
  for (const name of Object.keys(process.env)) if (!(name in env)) delete process.env[name];
  Object.assign(process.env, env);
}

// Listening before loading anything: a message that came while no one listened would be lost. The environment
// is taken as the message comes, before any other: a build started ahead may be sent its "now" right after.
const go = new Promise<Go>((resolve) =>
  process.once('message', (message) => {
    takeEnvironment((message as Go).env);
    resolve(message as Go);
  }),
);
const word = awaitPublisherWord();
// The publisher is gone: nothing will ever come.
process.once('disconnect', () => process.exit(0));

// As Astro's own bin does, outside CI.
if (!process.env.CI) module.enableCompileCache?.();
// Astro's config then loads with Node, not through a Vite server of its own (native-config-load.ts).
const projectRoot = join(import.meta.dirname, '../..');
loadProjectModulesWithNode(join(projectRoot, 'src'));
const require = module.createRequire(import.meta.url);
const astroDir = require.resolve('astro/package.json').replace(/package\.json$/, '');
// The programmatic API loads what `astro build` needs; the command line's entry then finds it loaded.
await import('astro');
const { cli } = (await import(pathToFileURL(`${astroDir}dist/cli/index.js`).href)) as { cli: (argv: string[]) => Promise<void> };
// The content store the build's sync will start from, read while waiting (src/content-store/store-read-ahead.ts).
const { MutableDataStore } = (await import(pathToFileURL(`${astroDir}dist/content/mutable-data-store.js`).href)) as { MutableDataStore: StoreClass };
const cacheDir = resolve(projectRoot, process.env.ASTRO_CACHE_DIR || 'node_modules/.astro');
readStoreAhead(MutableDataStore, join(cacheDir, STORE_FILE));
process.send?.('ready');

const { args, awaitHandoff, ahead } = await go;
if (!awaitHandoff) word.handoff.settle();
if (!ahead) word.now.settle();
// What Astro's bin does: run the command, then end the process (its errors end it with 1 themselves).
await cli([process.execPath, `${astroDir}bin/astro.mjs`, ...args]).then(
  () => process.exit(0),
  () => process.exit(1),
);
