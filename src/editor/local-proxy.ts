/**
 * The web editor's local mode: Decap CMS's own file proxy (decap-server), run
 * beside the publisher so an office without a git server edits its content
 * folder from the browser at http://localhost:PORT/admin/.
 *
 * decap-server serves the folder in which the editor's configuration names the
 * content folder (by default its parent, where the project's code lives too),
 * and it answers any page on any localhost port. So it listens on a private
 * port, and what the editor reaches is a front on 127.0.0.1:EDITOR_PORT that
 * lets through only requests from the site's own editor page (Host and Origin,
 * proxy-guard.ts) whose paths all lie inside the content folder. Its own
 * process: if it fails, publishing goes on and the log says so.
 */
import { spawn } from 'node:child_process';
import { createServer, request as forward, type IncomingMessage, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { createServer as createNetServer } from 'node:net';
import { dirname, join, sep } from 'node:path';
import { proxyRequestProblem, trustedCaller } from './proxy-guard';

export interface LocalProxyOptions {
  contentDir: string;
  /** The content folder's path as the editor's configuration names it (EDITOR_CONTENT_PATH). */
  contentPath: string;
  /** The port the editor's requests come to (EDITOR_PORT). */
  port: number;
  /** The publisher's port: the editor page's origin. */
  sitePort: number;
  /** One line in Chinese, for the publisher's log. */
  say: (line: string) => void;
}

export interface LocalProxy {
  stop: () => void;
}

/** decap-server reads a request body of up to 50 MB (a picture, base64): the front takes the same. */
const BODY_LIMIT = 50 * 1024 * 1024;

/** The folder the proxy serves: the one in which `contentPath` is the content folder, if there is one. */
export function proxyRoot(contentDir: string, contentPath: string): string | undefined {
  const tail = `${sep}${contentPath.split('/').join(sep)}`;
  return contentDir.endsWith(tail) ? contentDir.slice(0, -tail.length) || sep : undefined;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createNetServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

function readBody(request: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > BODY_LIMIT) {
        request.destroy();
        resolve(undefined);
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', () => resolve(undefined));
  });
}

function refuse(response: ServerResponse, status: number, message: string, cors: Record<string, string>): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...cors });
  response.end(JSON.stringify({ error: message }));
}

/** The front: checks each request, then hands it to decap-server on `innerPort`. */
function front(options: LocalProxyOptions, innerPort: number) {
  return createServer(async (request, response) => {
    const origin = request.headers.origin;
    if (!trustedCaller({ host: request.headers.host, origin }, options.port, options.sitePort)) {
      return refuse(response, 403, '只接受本机网站的网页编辑器的请求', {});
    }
    const cors: Record<string, string> = origin ? { 'access-control-allow-origin': origin, vary: 'Origin' } : {};
    if (request.method === 'OPTIONS') {
      response.writeHead(204, { ...cors, 'access-control-allow-methods': 'POST', 'access-control-allow-headers': 'content-type' });
      return response.end();
    }
    if (request.method !== 'POST' || request.url !== '/api/v1') return refuse(response, 404, '没有这个地址', cors);
    const body = await readBody(request);
    if (!body) return refuse(response, 413, '文件太大（上限 50 MB）', cors);
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch {
      return refuse(response, 400, '请求不是 JSON', cors);
    }
    const problem = proxyRequestProblem(parsed, options.contentPath);
    if (problem) return refuse(response, 403, problem, cors);
    const inner = forward({ host: '127.0.0.1', port: innerPort, path: '/api/v1', method: 'POST', headers: { 'content-type': 'application/json' } }, (answer) => {
      response.writeHead(answer.statusCode ?? 502, { 'content-type': answer.headers['content-type'] ?? 'application/json', ...cors });
      answer.pipe(response);
    });
    inner.on('error', () => refuse(response, 502, '网页编辑器的本机文件服务没有响应', cors));
    inner.end(body);
  });
}

export async function startLocalProxy(options: LocalProxyOptions): Promise<LocalProxy | undefined> {
  const { contentDir, contentPath, port, say } = options;
  const root = proxyRoot(contentDir, contentPath);
  if (!root) {
    say(`网页编辑器的本机文件服务没有启动：EDITOR_CONTENT_PATH=${contentPath} 不是内容文件夹 ${contentDir} 的结尾；本机编辑时请不设 EDITOR_CONTENT_PATH`);
    return undefined;
  }
  const innerPort = await freePort();
  const server = join(dirname(createRequire(import.meta.url).resolve('decap-server/package.json')), 'dist', 'index.js');
  const child = spawn(process.execPath, [server], {
    // ORIGIN: decap-server answers only its front; cwd: it reads a .env file from there, so not the project's.
    env: { ...process.env, MODE: 'fs', GIT_REPO_DIRECTORY: root, PORT: String(innerPort), BIND_HOST: '127.0.0.1', ORIGIN: 'http://127.0.0.1', LOG_LEVEL: 'warn' },
    cwd: dirname(server),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  let stopping = false;
  child.stderr?.on('data', (chunk: Buffer) => (errors = `${errors}${chunk.toString()}`.slice(-2000)));
  child.on('exit', (code, signal) => {
    if (!stopping) say(`网页编辑器的本机文件服务停止了（${code ?? signal}：${errors.trim().split('\n').pop() ?? ''}）；网站照常发布，只是不能在浏览器里本机编辑`);
  });
  const listener = front(options, innerPort);
  listener.on('error', (error: NodeJS.ErrnoException) => {
    say(`网页编辑器的本机文件服务没有启动（${error.code === 'EADDRINUSE' ? `端口 ${port} 已被占用，请用 EDITOR_PORT=8082 这样的设置换一个` : error.message}）；网站照常发布，只是不能在浏览器里本机编辑`);
  });
  listener.listen(port, '127.0.0.1');
  return {
    stop: () => {
      stopping = true;
      listener.close();
      child.kill('SIGTERM');
    },
  };
}
