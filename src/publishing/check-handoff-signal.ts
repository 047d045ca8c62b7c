/**
 * The live publisher starts a build before its own check of the content
 * folder has ended: the build's process loads Astro's config modules (about a
 * second) while the publisher checks (about a second at 5000 entries), on two
 * cores side by side (docs/performance.md, round 20). The config must not read
 * the check's handoff (src/checking/check-handoff.ts) before it is written: it
 * waits for the publisher's word. A check with problems never gives it: the
 * publisher ends that build's process instead.
 *
 * Kept on `globalThis`, since the build's process (build-process-child.ts,
 * run by Node) and the config (loaded by Node, or by Vite when Node cannot)
 * may each have their own copy of this module. Imports nothing: the process
 * loads it before anything else.
 */
export const HANDED_OVER = 'check-handed-over';
const PENDING = Symbol.for('epidemic-notices.check-handoff-pending');

type WithPending = typeof globalThis & { [PENDING]?: Promise<void> };

/** In a build's process, before its first message: the handoff is pending until the publisher's word comes. */
export function awaitHandoffWord(): { settle: () => void } {
  let settle!: () => void;
  (globalThis as WithPending)[PENDING] = new Promise<void>((done) => (settle = done));
  process.on('message', (message) => message === HANDED_OVER && settle());
  return { settle };
}

/** Resolves once the publisher's check is handed over (or none is to come); at once outside a live build. */
export const checkHandedOver = (): Promise<void> => (globalThis as WithPending)[PENDING] ?? Promise.resolve();
