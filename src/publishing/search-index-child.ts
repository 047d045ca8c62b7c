/**
 * A process for one search index, started before it is needed
 * (processes-ahead.ts): it loads the indexer's modules and asks Pagefind its
 * version (together about 1 s on this project's machine), then waits for the
 * publisher to say which site to index, runs the command as
 * `tsx src/cli/search-index.ts <args>` would, and ends.
 *
 * It runs with the publisher's own settings, which it reads while loading:
 * the index uses none of the settings a build is given (site-build.ts).
 */
export {};

interface Go {
  /** The command's arguments: the site's folder, `--cache-for`, `--delta-from`. */
  args: string[];
}

// Listening before loading anything: a message that came while no one listened would be lost.
const go = new Promise<Go>((resolve) => process.once('message', (message) => resolve(message as Go)));
// The publisher is gone: nothing will ever come.
process.once('disconnect', () => process.exit(0));

const { pagefindVersion, runSearchIndex } = await import('../cli/search-index');
// Asked now rather than when the index is wanted; a Pagefind that cannot run is reported by the index itself.
let version: string | undefined;
try {
  version = pagefindVersion();
} catch {
  version = undefined;
}
process.send?.('ready');

const { args } = await go;
await runSearchIndex(args, version);
process.exit();
