import { describe, expect, it } from 'vitest';
import { formatSavedAt, NOTE_CLASS, SAVED_AT_HEADER, savedAtOf, withSavedCopyNote } from '../../src/offline/browser/saved-copy-note';

const page = '<!doctype html><html><head><title>x</title></head><body><a class="skip-link" href="#main">跳</a><main id="main" class="wrap"><h1>热线</h1></main></body></html>';
const saved = new Date('2026-11-22T04:05:00Z');

describe('the note on a page served from storage', () => {
  it('goes first inside <main>, says the copy may be out of date and when it was saved, in Beijing time', () => {
    const html = withSavedCopyNote(page, saved);
    expect(html).toContain(`<main id="main" class="wrap"><p class="${NOTE_CLASS}" role="status">网络不通，这是手机上保存的副本，内容可能已过时。保存于 2026年11月22日 12:05（北京时间）。</p><h1>`);
  });

  it('uses no style attribute and no script, so the page policy stays as it is', () => {
    const html = withSavedCopyNote(page, saved);
    expect(html).not.toMatch(/style=|<script/);
  });

  it('is added once, and without a time when none is known', () => {
    const once = withSavedCopyNote(page, undefined);
    expect(withSavedCopyNote(once, saved)).toBe(once);
    expect(once).toContain('内容可能已过时。</p>');
  });

  it('falls back to the top of <body>', () => {
    expect(withSavedCopyNote('<body><p>a</p></body>', saved)).toMatch(/^<body><p class="saved-copy-note"/);
  });

  it('reads when the response was saved: the worker’s header, else the server’s Date', () => {
    expect(savedAtOf(new Headers({ [SAVED_AT_HEADER]: saved.toISOString(), date: 'Sat, 21 Nov 2026 00:00:00 GMT' }))).toEqual(saved);
    expect(savedAtOf(new Headers({ date: 'Sat, 21 Nov 2026 00:00:00 GMT' }))).toEqual(new Date('2026-11-21T00:00:00Z'));
    expect(savedAtOf(new Headers({ [SAVED_AT_HEADER]: 'garbage' }))).toBeUndefined();
    expect(formatSavedAt(new Date('2026-11-21T16:00:00Z'))).toBe('2026年11月22日 00:00');
  });
});
