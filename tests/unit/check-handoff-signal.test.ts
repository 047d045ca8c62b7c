/**
 * A live build starts before the publisher's check has ended; its config reads
 * the check's handoff only after the publisher's word
 * (src/publishing/check-handoff-signal.ts). Read any sooner, it would find the
 * last publish's handoff, or none.
 */
import { describe, expect, it } from 'vitest';
import { awaitHandoffWord, checkHandedOver, HANDED_OVER } from '../../src/publishing/check-handoff-signal';

const settledSoon = (promise: Promise<void>) => Promise.race([promise.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 50))]);

describe("the publisher's word that its check is handed over", () => {
  it('is not waited for outside a live build', async () => {
    expect(await settledSoon(checkHandedOver())).toBe(true);
  });

  it('holds the config until it comes, whatever came before it', async () => {
    awaitHandoffWord();
    const handed = checkHandedOver();
    process.emit('message', { env: {}, args: ['build'] }, undefined);
    expect(await settledSoon(handed)).toBe(false);
    process.emit('message', HANDED_OVER, undefined);
    expect(await settledSoon(handed)).toBe(true);
  });

  it('is not waited for when the publisher had finished its check before the build began', async () => {
    awaitHandoffWord().settle();
    expect(await settledSoon(checkHandedOver())).toBe(true);
  });
});
