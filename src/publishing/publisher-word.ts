/**
 * What a live build's process waits to be told by the publisher before it
 * reads the content folder: the build's "now", and that the publisher's check
 * of the folder is handed over (src/checking/check-handoff.ts).
 *
 * The publisher starts a build before its check has ended, so that Astro's
 * config loads beside the check (docs/performance.md, round 20); and it starts
 * the next build before any save, up to the point where the build needs the
 * content (round 21): its "now" comes with the save. Until then, nothing may
 * read the folder or ask for "now" — what was there before the save, or the
 * clock of the moment the process started, would be published as the truth.
 * So the collections' loaders wait for the save (`saveMade`), the content
 * check waits for the whole word (`whenContentDue`, run when the build
 * starts: `contentDue`), and `buildNow` refuses to answer while "now" is
 * pending (src/site.config.ts). The loaders read beside the publisher's check
 * (round 21); the check then makes sure they read the folder it checked
 * (src/checking/content-check-integration.ts).
 *
 * Kept on `globalThis`, since the build's process (build-process-child.ts,
 * run by Node), the config (loaded by Node, or by Vite when Node cannot) and
 * the collections' loaders (loaded by Astro's own Vite server) each have
 * their own copy of this module. Imports nothing: the process loads it before
 * anything else. Outside a live build's process nothing waits: `npm run build`
 * and `astro dev` run every step at once, as before.
 */
export const HANDED_OVER = 'check-handed-over';
const WORD = Symbol.for('epidemic-notices.publisher-word');

/** The publisher's message with the build's "now", to a build started ahead of its save. */
export interface NowWord {
  now: string;
}

const isNowWord = (message: unknown): message is NowWord => typeof (message as NowWord | null)?.now === 'string';

interface Word {
  handedOver: Promise<void>;
  nowGiven: Promise<void>;
  nowPending: boolean;
  /** Steps that read the content, run once the word came (in order). */
  due: (() => void)[];
  opened?: Promise<void>;
  /** The steps waiting for the word have run: a step asked for later runs at once. */
  flushed?: boolean;
}

type WithWord = typeof globalThis & { [WORD]?: Word };
const word = (): Word | undefined => (globalThis as WithWord)[WORD];

/**
 * In a build's process, before its first message: the content waits for the
 * publisher's word that its check is handed over (`settle` when none is to
 * come), and for the build's "now" (`give`, or `settle` when the build's
 * environment already names it).
 */
export function awaitPublisherWord(): { handoff: { settle: () => void }; now: { settle: () => void } } {
  let handedOver!: () => void;
  let nowGiven!: () => void;
  const state: Word = {
    handedOver: new Promise<void>((done) => (handedOver = done)),
    nowGiven: new Promise<void>((done) => (nowGiven = done)),
    nowPending: true,
    due: [],
  };
  const settleNow = () => {
    state.nowPending = false;
    nowGiven();
  };
  (globalThis as WithWord)[WORD] = state;
  process.on('message', (message) => {
    if (message === HANDED_OVER) handedOver();
    else if (isNowWord(message) && state.nowPending) {
      process.env.SITE_NOW = message.now;
      settleNow();
    }
  });
  return { handoff: { settle: handedOver }, now: { settle: settleNow } };
}

/** Resolves once the build has its "now" and the publisher's check is handed over (or none is to come); at once outside a live build. */
export const publisherWord = (): Promise<void> => {
  const state = word();
  return state ? Promise.all([state.nowGiven, state.handedOver]).then(() => undefined) : Promise.resolve();
};

/**
 * Resolves once the save this build publishes is made (its "now" is given):
 * the collections' loaders read the folder from then on, beside the
 * publisher's check; the content check itself waits for the whole word.
 */
export const saveMade = (): Promise<void> => word()?.nowGiven ?? Promise.resolve();

/** True inside a live build's process (one that waits for the publisher's word). */
export const inLiveBuild = (): boolean => word() !== undefined;

/** True while a build started ahead of its save has not been told its "now". */
export const nowPending = (): boolean => word()?.nowPending ?? false;

/**
 * Runs `step`, which reads the content folder, once the build may: at once
 * outside a live build's process; else when the content is first due
 * (`contentDue`). Its errors then stop the build there.
 */
export function whenContentDue(step: () => void): void {
  const state = word();
  if (!state || state.flushed) return step();
  state.due.push(step);
}

/**
 * Awaited before anything uses the checked content (the build's start, after
 * the loaders): the publisher's word, then the steps waiting for it, once for
 * the whole build. Rejects, for every caller, if a step failed.
 */
export function contentDue(): Promise<void> {
  const state = word();
  if (!state) return Promise.resolve();
  return (state.opened ??= publisherWord().then(() => {
    state.flushed = true;
    for (const step of state.due.splice(0)) step();
  }));
}
