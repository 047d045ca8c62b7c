/**
 * `npm run live` (and `npm start`): the publisher. Builds the content folder
 * (CONTENT_DIR), serves the live release on http://localhost:4321 (PORT),
 * republishes after every change and by itself whenever the site's output is
 * due to change. One line per publish; `--json` for machines.
 *
 *   npm run live -- [--out DIR] [--json] [--no-editor]
 *   DIR (default .live/) holds releases/<id>/ and the link current → the live one;
 *   point nginx at DIR/current (docs/deploy/). Unless --no-editor, the web
 *   editor's local file proxy runs beside it (src/editor/local-proxy.ts).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { publishLine, publishRecord, searchIndexLine, searchIndexRecord } from '../publishing/publish-log';
import { Publisher } from '../publishing/publisher';
import { liveServer } from '../publishing/live-server';
import { startLocalProxy } from '../editor/local-proxy';
import { EDITOR_URL } from '../site/urls';
import { editorSettings, settings, site } from '../site.config';

const { values } = parseArgs({
  options: { out: { type: 'string', default: '.live' }, json: { type: 'boolean', default: false }, 'no-editor': { type: 'boolean', default: false } },
});
const outDir = resolve(values.out!);
const say = (line: string, record: object) => process.stdout.write(`${values.json ? JSON.stringify(record) : line}\n`);

const publisher = new Publisher({
  outDir,
  contentDir: site.contentDir,
  verifyWithinDays: site.verifyWithinDays,
  onPublish: (report) => say(publishLine(report), publishRecord(report)),
  onSearchIndex: (report) => say(searchIndexLine(report), searchIndexRecord(report)),
});
const server = liveServer(outDir, publisher.state);
const editorProxy = values['no-editor']
  ? undefined
  : await startLocalProxy({
      contentDir: site.contentDir,
      contentPath: editorSettings.contentPath,
      port: settings.EDITOR_PORT,
      sitePort: settings.PORT,
      say: (line) => say(line, { event: 'editor-proxy-failed', message: line }),
    });
server.listen(settings.PORT, 'localhost', () => {
  const url = `http://localhost:${settings.PORT}/`;
  const editor = editorProxy ? `　网页编辑：${url}${EDITOR_URL.slice(1)}` : '';
  say(`网站：${url}　发布状态：${url}_publisher/${editor}　内容文件夹：${site.contentDir}　发布目录：${outDir}/current`, {
    event: 'serving',
    url,
    contentDir: site.contentDir,
    outDir,
    ...(editorProxy ? { editor: `${url}${EDITOR_URL.slice(1)}` } : {}),
  });
  void publisher.start();
});
server.on('error', (error: NodeJS.ErrnoException) => {
  process.stderr.write(error.code === 'EADDRINUSE' ? `端口 ${settings.PORT} 已被占用：请关掉占用它的程序，或用 PORT=4322 npm start 换一个端口\n` : `${error.message}\n`);
  editorProxy?.stop();
  process.exit(1);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close();
    editorProxy?.stop();
    void publisher.stop().then(() => process.exit(0));
  });
}
