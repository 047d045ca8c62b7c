/** Length as readers count it: one per character, also outside the BMP. */
export function charCount(text: string): number {
  return [...text].length;
}

/** A one-line plain-text excerpt of Markdown/MDX source for lists and previews. */
export function plainExcerpt(markdown: string, max = 120): string {
  const plain = markdown
    .replace(/^import .*$/gm, '')
    .replace(/<[^>]+>/g, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    // Markdown's marks at the start of a line (headings, quotes, list items) and rules; a hyphen
    // inside a phone number or a date (0700-01230001, 2026-11-22) is text and stays.
    .replace(/^\s*\|?[\s:|-]*-[\s:|-]*\|[\s:|-]*$/gm, ' ')
    .replace(/^\s*(?:#{1,6}\s+|>\s*|[-*+]\s+|[-*_]{3,}\s*$)/gm, ' ')
    .replace(/[*_`|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = [...plain];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : plain;
}
