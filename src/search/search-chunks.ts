/**
 * How finely Pagefind cuts its word index into chunk files. A search loads,
 * for each word typed, the one chunk whose range of words holds it, so it also
 * downloads the words sorted next to it; and every search loads the list of
 * all chunks. Pagefind closes a chunk once it holds about 20 000 entries (a
 * page or a position of a word in it), which at 5000 notices made half of
 * the chunks fetched for 发热门诊 neighbours nobody asked for (发现, 发放,
 * 门前, 门口…).
 *
 * 8000 is where the two costs balance at that size: over seven everyday
 * queries the first search averaged 158.4 KB with Pagefind's default, 148.8 KB
 * with 8000, and 147.7–148.8 KB anywhere from 3000 to 8000 (the list of
 * chunks grows as chunks shrink). docs/performance.md, round 10.
 *
 * Pagefind reads this size only from an environment variable it calls
 * unstable; tests/build/budgets.test.ts fails if a Pagefind update stops
 * honouring it.
 */

/** The variable Pagefind (1.6) reads its chunk size from. */
export const INDEX_CHUNK_SETTING = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';

/** Entries per chunk, in Pagefind's count: one per page a word is on, one per position (and per weight change) there. */
export const INDEX_CHUNK_ENTRIES = 8000;

/** The environment to run Pagefind in: ours, with the chunk size set unless the caller set one. */
export function withIndexChunkSize(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const set = env[INDEX_CHUNK_SETTING];
  return set !== undefined && set.trim() !== '' ? env : { ...env, [INDEX_CHUNK_SETTING]: String(INDEX_CHUNK_ENTRIES) };
}
