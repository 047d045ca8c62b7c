/**
 * Numbers you can tap: a remark plugin that turns phone numbers written in
 * notice and article bodies into `tel:` links, with the phone module that
 * validates front matter. A long number (landline, mobile, 400/800) is linked
 * wherever the numbering plan knows it; a short one (120, 12345) only after a
 * word that says it is to be called, so 「120人」 or a document number stays text.
 * Dates and addresses never match: they are not numbers China assigns.
 */
import { defineHastPlugin } from 'satteri';
import type { Element, Text } from 'hast';
import { phoneDigits, phoneKind, telHref } from './phone';

/** Digits with the separators people write inside a number, not starting or ending with one. */
const CANDIDATE = /(?<![\d-])(?:（\d{3,4}）|\(\d{3,4}\))?\d[\d\s-]{1,14}\d(?![\d-])/g;
/** Words that announce a number to call, just before it. */
const CALL_WORDS = /(拨打|致电|电话|热线|呼叫|请拨|拨)[：:\s]*$/;
/** Text inside these is left alone: it is a link already, or code. */
const NOT_RUNNING_TEXT = new Set(['a', 'code', 'pre', 'script', 'style']);

function isCallable(match: string, before: string): boolean {
  const kind = phoneKind(match.trim());
  if (!kind) return false;
  return phoneDigits(match).length >= 7 || CALL_WORDS.test(before.slice(-8));
}

/** The text split into text and `tel:` links; undefined when it holds no number. */
export function linkPhones(value: string): Array<Text | Element> | undefined {
  const parts: Array<Text | Element> = [];
  let last = 0;
  for (const found of value.matchAll(CANDIDATE)) {
    const written = found[0].trim();
    const start = found.index + found[0].indexOf(written);
    if (!isCallable(written, value.slice(0, start))) continue;
    if (start > last) parts.push({ type: 'text', value: value.slice(last, start) });
    // `phone` keeps the number on one line (global.css), as PhoneLink's numbers are.
    parts.push({ type: 'element', tagName: 'a', properties: { href: telHref(written), className: ['phone'] }, children: [{ type: 'text', value: written }] });
    last = start + written.length;
  }
  if (!parts.length) return undefined;
  if (last < value.length) parts.push({ type: 'text', value: value.slice(last) });
  return parts;
}

/** The Markdown processor's plugin (Sätteri, Astro's own): every number in running text becomes a link. */
export const phoneLinks = defineHastPlugin({
  name: 'phone-links',
  text(node, ctx) {
    const parent = ctx.parent(node);
    if (parent?.type === 'element' && NOT_RUNNING_TEXT.has(parent.tagName)) return;
    const parts = linkPhones(node.value);
    if (parts) ctx.replaceNode(node, parts);
  },
});
