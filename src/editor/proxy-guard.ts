/**
 * What the web editor's local proxy lets through. Decap's own file proxy
 * (decap-server) only keeps paths inside the folder it serves — the content
 * folder's parent, where the project's code lives too. Every request passes
 * here first: each path it names must lie inside the content folder, and no
 * content file may be deleted (a published address never disappears). Pure,
 * so it is tested without a server.
 */
import { CONTENT_EXTENSIONS } from '../content-model/kinds';

/** Keys of a request's params that hold a path, relative to the served folder (decap-server's actions). */
const PATH_KEYS = new Set(['path', 'newPath', 'folder', 'mediaFolder']);

function pathsIn(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return PATH_KEYS.has(key) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((item) => (key === 'paths' && typeof item === 'string' ? [item] : pathsIn(item, key)));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([name, child]) => pathsIn(child, name));
  return [];
}

function insideContent(path: string, contentPath: string): boolean {
  const segments = path.split('/');
  if (path.includes('\\') || segments.some((segment) => segment === '..' || segment === '.')) return false;
  return path === contentPath || path.startsWith(`${contentPath}/`);
}

const isContentFile = (path: string) => CONTENT_EXTENSIONS.has(path.split('.').pop()?.toLowerCase() ?? '');

/** Why the request must not reach the file proxy, in Chinese; undefined when it may. */
export function proxyRequestProblem(body: unknown, contentPath: string): string | undefined {
  if (!body || typeof body !== 'object') return '请求应是 JSON 对象';
  const { action, params } = body as { action?: unknown; params?: unknown };
  const paths = pathsIn(params);
  const outside = paths.find((path) => !insideContent(path, contentPath));
  if (outside !== undefined) return `「${outside}」不在内容文件夹 ${contentPath}/ 里：网页编辑器只能读写内容文件`;
  if ((action === 'deleteFile' || action === 'deleteFiles') && paths.some(isContentFile)) {
    return '网页编辑器不能删除内容文件：已经发布的网址不能消失；通告不再执行时请写撤销或失效日期';
  }
  return undefined;
}

/** Whether a request comes from the editor page on this computer: its Host names the proxy, its Origin the site. */
export function trustedCaller(headers: { host?: string; origin?: string }, proxyPort: number, sitePort: number): boolean {
  const local = (port: number) => [`localhost:${port}`, `127.0.0.1:${port}`];
  if (!headers.host || !local(proxyPort).includes(headers.host)) return false;
  // No Origin: a program on this computer, which can read and write the folder anyway. A page must be the site's.
  return headers.origin === undefined || local(sitePort).some((host) => headers.origin === `http://${host}`);
}
