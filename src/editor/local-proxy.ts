/**
 * The web editor's local mode: Decap CMS's own file proxy (decap-server), run
 * beside the publisher so an office without a git server edits its content
 * folder from the browser at http://localhost:PORT/admin/. It listens on
 * 127.0.0.1 only and writes only under the folder in which the editor's
 * configuration names the content folder (by default its parent). Its own
 * process: if it fails, publishing goes on and the log says so.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';

export interface LocalProxyOptions {
  contentDir: string;
  /** The content folder's path as the editor's configuration names it (EDITOR_CONTENT_PATH). */
  contentPath: string;
  port: number;
  /** One line in Chinese, for the publisher's log. */
  say: (line: string) => void;
}

/** The folder the proxy serves: the one in which `contentPath` is the content folder, if there is one. */
export function proxyRoot(contentDir: string, contentPath: string): string | undefined {
  const tail = `${sep}${contentPath.split('/').join(sep)}`;
  return contentDir.endsWith(tail) ? contentDir.slice(0, -tail.length) || sep : undefined;
}

export function startLocalProxy({ contentDir, contentPath, port, say }: LocalProxyOptions): ChildProcess | undefined {
  const root = proxyRoot(contentDir, contentPath);
  if (!root) {
    say(`网页编辑器的本机文件服务没有启动：EDITOR_CONTENT_PATH=${contentPath} 不是内容文件夹 ${contentDir} 的结尾；本机编辑时请不设 EDITOR_CONTENT_PATH`);
    return undefined;
  }
  const server = join(dirname(createRequire(import.meta.url).resolve('decap-server/package.json')), 'dist', 'index.js');
  const child = spawn(process.execPath, [server], {
    env: { ...process.env, MODE: 'fs', GIT_REPO_DIRECTORY: root, PORT: String(port), BIND_HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => (errors = `${errors}${chunk.toString()}`.slice(-2000)));
  child.on('exit', (code, signal) => {
    if (signal === 'SIGTERM') return;
    const reason = /EADDRINUSE/.test(errors) ? `端口 ${port} 已被占用，请用 EDITOR_PORT=8082 这样的设置换一个` : `退出码 ${code ?? signal}：${errors.trim().split('\n').pop() ?? ''}`;
    say(`网页编辑器的本机文件服务没有启动（${reason}）；网站照常发布，只是不能在浏览器里本机编辑`);
  });
  return child;
}
