/**
 * The web editor's page (/admin/index.html) and its own Content-Security-Policy.
 * The reading pages keep their strict policy; this page alone allows what Decap
 * CMS needs and nothing else: its inline styles, `eval` (its form validation
 * compiles JSON schemas at run time), images the author picks (blob:, data:),
 * and connections to this site, the local proxy and the office's git server.
 */
import { escapeHtml } from '../site/html-escape';
import type { EditorSettings } from './cms-config';

/** Where the editor's own script files live, next to its page. */
export const EDITOR_SCRIPT = 'decap-cms.js';
export const EDITOR_SETUP_SCRIPT = 'editor-setup.js';
export const EDITOR_CONFIG = 'config.yml';

/** The origins the editor talks to besides this site. */
function gitServerOrigins(settings: EditorSettings): string[] {
  if (settings.backend === 'github') return ['https://api.github.com', 'https://github.com'];
  return settings.baseUrl ? [new URL(settings.baseUrl).origin] : [];
}

export function editorPolicy(settings: EditorSettings): string {
  const proxy = [`http://localhost:${settings.proxyPort}`, `http://127.0.0.1:${settings.proxyPort}`];
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https:",
    "media-src 'self' blob:",
    "font-src 'self' data:",
    `connect-src 'self' blob: data: ${[...proxy, ...gitServerOrigins(settings)].join(' ')}`,
    "frame-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

export function editorPage(settings: EditorSettings, siteName: string): string {
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(editorPolicy(settings))}">
<meta name="robots" content="noindex, nofollow">
<title>内容编辑 · ${escapeHtml(siteName)}</title>
<link href="${EDITOR_CONFIG}" type="text/yaml" rel="cms-config-url">
</head>
<body>
<noscript><p>内容编辑需要打开浏览器的 JavaScript。</p></noscript>
<script src="${EDITOR_SCRIPT}"></script>
<script src="${EDITOR_SETUP_SCRIPT}"></script>
</body>
</html>
`;
}
