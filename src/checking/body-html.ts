/**
 * Raw HTML in a Markdown (.md) body is published as written: Markdown lets an author
 * paste `<script>`, `<iframe>`, `<form>` or `<meta http-equiv=refresh>`, and a link
 * `[点此](javascript:…)`. The page's policy blocks some of it in some browsers; an author
 * should hear about all of it, so the check refuses it, naming the file and what to delete.
 * Bodies are parsed by satteri, the site's own Markdown parser, so the check sees the same
 * HTML and links the page gets (text in code spans and blocks is text, not HTML).
 * MDX bodies are JSX, checked where MDX is compiled.
 */
import { Parser } from 'htmlparser2';
import { defineMdastPlugin, markdownToHtml } from 'satteri';
import type { ContentProblem } from './content-problems';
import type { CheckedEntry } from './content-rules';

/** Elements that run code, send readers elsewhere, submit their data, or embed another page. */
const REFUSED_ELEMENTS = new Set([
  'script', 'style', 'link', 'meta', 'base', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal',
  'form', 'input', 'button', 'textarea', 'select', 'svg', 'math', 'template', 'noscript',
]);
/** Attributes that hold an address. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'cite', 'srcset', 'ping']);
/** Schemes that run code or carry a whole document inside the link. */
const ACTIVE_SCHEME = /^(javascript|vbscript|data):/i;

/** A URL as a browser reads it: control characters and spaces inside the scheme are ignored. */
const schemeOf = (url: string) => ACTIVE_SCHEME.exec(url.replace(/[\u0000-\u0020\u007f]/g, ''))?.[1]?.toLowerCase();

const shorten = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

function urlMessage(url: string, scheme: string): string {
  return `正文里的链接「${shorten(url)}」以 ${scheme}: 开头，点开会运行代码或打开藏在链接里的网页，不能发布；请改成 https:// 开头的网址`;
}

/** What is wrong in one piece of raw HTML, one message each. */
function htmlMessages(html: string): string[] {
  const messages: string[] = [];
  const parser = new Parser({
    onopentag(name, attributes) {
      if (REFUSED_ELEMENTS.has(name)) {
        messages.push(`正文里不能用 <${name}> 标签：它会运行代码、把读者带到别的网站、收集读者填的内容或嵌入别处的网页；请删去，需要时用文字和链接代替`);
      }
      for (const [attribute, value] of Object.entries(attributes)) {
        if (/^on/i.test(attribute)) messages.push(`正文里的 <${name}> 带有 ${attribute} 属性（读者操作时运行的代码），不能发布；请删去这个属性`);
        const scheme = URL_ATTRIBUTES.has(attribute.toLowerCase()) ? schemeOf(value) : undefined;
        if (scheme) messages.push(urlMessage(value, scheme));
      }
    },
  }, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  parser.end(html);
  return messages;
}

/** Every refused element, attribute and link in a Markdown body. */
export function bodyHtmlMessages(body: string): string[] {
  // Most bodies have neither HTML nor a suspicious scheme: no need to parse them.
  if (!/<|(?:javascript|vbscript|data)\s*:/i.test(body)) return [];
  const messages: string[] = [];
  const url = (node: { url: string }) => {
    const scheme = schemeOf(node.url);
    if (scheme) messages.push(urlMessage(node.url, scheme));
  };
  const collect = defineMdastPlugin({
    name: 'refused-html',
    html: (node) => void messages.push(...htmlMessages(node.value)),
    link: url,
    image: url,
    definition: url,
  });
  markdownToHtml(body, { mdastPlugins: [collect] });
  return [...new Set(messages)];
}

/** The problems of every `.md` entry's body. */
export function bodyHtmlProblems(entries: readonly CheckedEntry[]): ContentProblem[] {
  return entries
    .filter((entry) => entry.absPath.endsWith('.md'))
    .flatMap((entry) => bodyHtmlMessages(entry.body).map((message) => ({ file: entry.file, field: 'body', message })));
}
