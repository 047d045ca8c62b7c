/**
 * Runs the real nginx (Debian's package) on the deploy config for tests: the
 * shipped docs/deploy/nginx.conf with its SETTING lines (listen, server_name,
 * root) replaced, inside a small main config whose pid, logs and temp folders
 * all live in the test's folder, on 127.0.0.1 and a free port.
 *
 * Without nginx the tests that need it are skipped with a loud warning, except
 * when REQUIRE_NGINX=1 (CI), where a missing nginx is an error.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { projectRoot } from './build-site';

export const nginxPath = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
export const nginxAvailable = existsSync(nginxPath);
/** Where Debian's nginx keeps its list of types by extension. */
const MIME_TYPES = '/etc/nginx/mime.types';

if (!nginxAvailable) {
  const message = `NGINX TESTS SKIPPED: nginx not found at ${nginxPath}; install it with apt-get install nginx (or set NGINX_PATH)`;
  if (process.env.REQUIRE_NGINX === '1') throw new Error(`REQUIRE_NGINX=1 but nginx was not found at ${nginxPath}`);
  const bar = '!'.repeat(message.length + 4);
  process.stderr.write(`\n${bar}\n! ${message} !\n${bar}\n\n`);
}

/** The deploy config as shipped. */
export const deployConfigPath = join(projectRoot, 'docs/deploy/nginx.conf');

export interface SiteSettings {
  /** The folder to serve (DIR/current). */
  root: string;
  port: number;
}

/**
 * The deploy config with its SETTING lines pointed at a test: one listen on
 * 127.0.0.1 instead of the public ones, localhost, and `root`. Throws when a
 * line is not there, so the document and the test cannot drift apart.
 */
export function siteConfig(text: string, { root, port }: SiteSettings): string {
  const replace = (pattern: RegExp, by: string[], what: string) => {
    const lines = text.split('\n');
    const at = lines.map((line, i) => (pattern.test(line) ? i : -1)).filter((i) => i >= 0);
    if (at.length === 0) throw new Error(`docs/deploy/nginx.conf has no ${what} line marked SETTING`);
    text = lines.flatMap((line, i) => (i === at[0] ? by : at.includes(i) ? [] : [line])).join('\n');
  };
  replace(/^\s*listen\s[^;]*;\s*# SETTING/, [`    listen 127.0.0.1:${port};`], 'listen');
  replace(/^\s*server_name\s[^;]*;\s*# SETTING/, ['    server_name localhost;'], 'server_name');
  replace(/^\s*root\s[^;]*;\s*# SETTING/, [`    root ${root};`], 'root');
  return text;
}

/** A TCP port nobody listens on at the moment. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** nginx's own main config around the site's: everything it writes stays in `dir`. */
function mainConfig(dir: string): string {
  // Running as root (CI, containers), nginx would hand requests to workers running as
  // nobody, who cannot enter the test's private temp folder.
  const user = process.getuid?.() === 0 ? 'user root;\n' : '';
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${join(dir, kind)};`);
  return `${user}daemon off;
worker_processes 1;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
events { worker_connections 64; }
http {
  include ${MIME_TYPES};
  default_type application/octet-stream;
  access_log ${join(dir, 'access.log')};
${temp.join('\n')}
  include ${join(dir, 'site.conf')};
}
`;
}

export interface RunningNginx {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  stop(): Promise<void>;
}

/** Checks and starts nginx on `siteConf` (from siteConfig) with its files in `dir`; resolves once it answers. */
export async function startNginx(siteConf: string, dir: string, port: number): Promise<RunningNginx> {
  writeFileSync(join(dir, 'site.conf'), siteConf);
  writeFileSync(join(dir, 'nginx.conf'), mainConfig(dir));
  // -e: the error log before the config is read (its built-in one is under /var/log).
  const args = ['-p', `${dir}/`, '-e', join(dir, 'error.log'), '-c', join(dir, 'nginx.conf')];
  const check = spawnSync(nginxPath, [...args, '-t'], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx -t rejected the config:\n${check.stderr}`);

  const child = spawn(nginxPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let output = '';
  child.stderr!.on('data', (chunk) => (output += chunk));
  const origin = `http://127.0.0.1:${port}`;
  const stop = () => stopProcess(child);
  for (const started = Date.now(); Date.now() - started < 10_000; ) {
    if (child.exitCode !== null) break;
    try {
      await fetch(`${origin}/`, { method: 'HEAD' });
      return { origin, stop };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  await stop();
  const log = existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : '';
  throw new Error(`nginx did not start on ${origin}:\n${output}\n${log}`);
}

/** SIGTERM (nginx's fast shutdown, which takes its workers with it), and wait for it to exit. */
function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
