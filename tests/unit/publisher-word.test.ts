/**
 * What a live build's process waits for before it reads the content folder
 * (src/publishing/publisher-word.ts): its "now" and the publisher's word that
 * its check is handed over. A build started ahead of a save that read the
 * folder, or the clock, any sooner would publish what was there before the
 * save, at the wrong time.
 */
import { describe, expect, it } from 'vitest';
import { awaitPublisherWord, contentDue, HANDED_OVER, nowPending, publisherWord, whenContentDue } from '../../src/publishing/publisher-word';
import { buildNow } from '../../src/site.config';

const WORD = Symbol.for('epidemic-notices.publisher-word');
const settledSoon = (promise: Promise<void>) => Promise.race([promise.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 50))]);
/** The test runner's own listeners: never removed. */
const runnerListeners = new Set(process.listeners('message'));
/** A build's process as each test starts it (the word lives on globalThis). */
const freshProcess = () => {
  delete (globalThis as Record<symbol, unknown>)[WORD];
  for (const listener of process.listeners('message')) if (!runnerListeners.has(listener)) process.off('message', listener);
};

describe("the publisher's word to a build's process", () => {
  it('is not waited for outside a live build: steps run at once', async () => {
    freshProcess();
    const ran: string[] = [];
    whenContentDue(() => ran.push('check'));
    expect(ran).toEqual(['check']);
    expect(await settledSoon(publisherWord())).toBe(true);
    expect(await settledSoon(contentDue())).toBe(true);
    expect(nowPending()).toBe(false);
  });

  it('holds the content until the check is handed over, whatever came before it', async () => {
    freshProcess();
    const word = awaitPublisherWord();
    word.now.settle();
    const ran: string[] = [];
    whenContentDue(() => ran.push('check'));
    const due = contentDue();
    process.emit('message', { env: {}, args: ['build'] }, undefined);
    expect(await settledSoon(due)).toBe(false);
    expect(ran).toEqual([]);
    process.emit('message', HANDED_OVER, undefined);
    expect(await settledSoon(due)).toBe(true);
    expect(ran).toEqual(['check']);
    // A step asked for once the content was due runs at once.
    whenContentDue(() => ran.push('later'));
    expect(ran).toEqual(['check', 'later']);
  });

  it('gives a build started ahead its "now" with the save, and refuses the clock before it', async () => {
    freshProcess();
    const before = process.env.SITE_NOW;
    delete process.env.SITE_NOW;
    try {
      const word = awaitPublisherWord();
      word.handoff.settle();
      const due = contentDue();
      expect(nowPending()).toBe(true);
      expect(() => buildNow()).toThrow(/还没有收到发布程序给的“现在”/);
      expect(await settledSoon(due)).toBe(false);
      process.emit('message', { now: '2026-12-08T09:30:00+08:00' }, undefined);
      expect(await settledSoon(due)).toBe(true);
      expect(nowPending()).toBe(false);
      expect(buildNow().toISOString()).toBe('2026-12-08T01:30:00.000Z');
    } finally {
      if (before === undefined) delete process.env.SITE_NOW;
      else process.env.SITE_NOW = before;
      freshProcess();
    }
  });

  it('stops the build at the loaders when the check waiting for the word fails', async () => {
    freshProcess();
    const word = awaitPublisherWord();
    word.now.settle();
    whenContentDue(() => {
      throw new Error('notices/x.md：缺少标题');
    });
    word.handoff.settle();
    await expect(contentDue()).rejects.toThrow('缺少标题');
    // Every loader waiting meets the same failure.
    await expect(contentDue()).rejects.toThrow('缺少标题');
    freshProcess();
  });
});
