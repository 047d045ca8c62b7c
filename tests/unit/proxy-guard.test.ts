/**
 * The web editor's local proxy lets through only the editor page of this
 * computer's site, and only paths inside the content folder; it never deletes
 * a content file. decap-server behind it would read and write anywhere in the
 * folder it serves — the project's code included.
 */
import { describe, expect, it } from 'vitest';
import { proxyRequestProblem, trustedCaller } from '../../src/editor/proxy-guard';

const ask = (action: string, params: unknown) => proxyRequestProblem({ action, params }, 'content');

describe('proxyRequestProblem', () => {
  it('lets the editor read and write entries and pictures in the content folder', () => {
    expect(ask('info', {})).toBeUndefined();
    expect(ask('entriesByFolder', { folder: 'content/notices', extension: 'md', depth: 1 })).toBeUndefined();
    expect(ask('persistEntry', { entry: { path: 'content/articles/2026-11-28.md', raw: '---' }, assets: [{ path: 'content/articles/images/a.jpg', content: '', encoding: 'base64' }] })).toBeUndefined();
    expect(ask('getMedia', { mediaFolder: 'content/articles/images' })).toBeUndefined();
    expect(ask('deleteFile', { path: 'content/articles/images/a.jpg' })).toBeUndefined();
  });

  it('refuses any path outside the content folder, however it is written', () => {
    for (const path of ['src/pwned.ts', 'astro.config.mjs', '.git/hooks/pre-commit', 'content/../src/x.ts', 'content/./x', '/etc/passwd', 'content\\..\\x', 'contentx/a.md']) {
      expect(ask('persistEntry', { entry: { path, raw: '' }, assets: [] }), path).toMatch(/不在内容文件夹 content\/ 里/);
    }
    expect(ask('persistMedia', { asset: { path: 'public/x.js', content: '' } })).toBeDefined();
    expect(ask('entriesByFiles', { files: [{ path: 'package.json' }] })).toBeDefined();
    expect(ask('getMedia', { mediaFolder: 'src' })).toBeDefined();
    expect(ask('persistEntry', { entry: { path: 'content/notices/a.md', newPath: 'src/a.md' }, assets: [] })).toBeDefined();
  });

  it('never deletes a content file: a published address must not disappear', () => {
    expect(ask('deleteFile', { path: 'content/notices/2026-11-12-tonggao-3.md' })).toMatch(/不能删除内容文件/);
    expect(ask('deleteFiles', { paths: ['content/articles/images/a.jpg', 'content/clinics/x.yaml'] })).toMatch(/不能删除内容文件/);
  });

  it('refuses what is not a request object', () => {
    expect(proxyRequestProblem('x', 'content')).toBeDefined();
  });
});

describe('trustedCaller', () => {
  it('takes the site’s editor page on this computer, and a local program without a page', () => {
    expect(trustedCaller({ host: 'localhost:8081', origin: 'http://localhost:4321' }, 8081, 4321)).toBe(true);
    expect(trustedCaller({ host: '127.0.0.1:8081', origin: 'http://127.0.0.1:4321' }, 8081, 4321)).toBe(true);
    expect(trustedCaller({ host: '127.0.0.1:8081' }, 8081, 4321)).toBe(true);
  });

  it('refuses a page of another local server and a page reaching it under another host name', () => {
    expect(trustedCaller({ host: 'localhost:8081', origin: 'http://localhost:3000' }, 8081, 4321)).toBe(false);
    expect(trustedCaller({ host: 'evil.example:8081', origin: 'http://evil.example:8081' }, 8081, 4321)).toBe(false);
    expect(trustedCaller({ host: 'evil.example', origin: 'http://localhost:4321' }, 8081, 4321)).toBe(false);
    expect(trustedCaller({ origin: 'http://localhost:4321' }, 8081, 4321)).toBe(false);
  });
});
