/**
 * Lyrics keep their lines: one verse line per source line, a blank line
 * between stanzas. Markdown would merge the lines, so rhymes are read here.
 */

/** Stanzas, each a list of verse lines, from a rhyme's body. */
export function lyricsStanzas(body: string): string[][] {
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((stanza) =>
      stanza
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line && !/^(import|export)\s/.test(line) && !/^<!--.*-->$/.test(line))
        .map((line) => line.replace(/\\$/, '').replace(/ {2,}$/, '')),
    )
    .filter((stanza) => stanza.length > 0);
}

/** Plain text with the line breaks kept (for feeds, descriptions, posters). */
export function lyricsText(body: string): string {
  return lyricsStanzas(body)
    .map((stanza) => stanza.join('\n'))
    .join('\n\n');
}

export interface GlossaryTerm {
  term: string;
  reading?: string;
  meaning: string;
}

export type LyricSegment = string | { term: string; reading?: string; index: number };

/** Splits a verse line at glossary terms (longest term first), so pages can mark them with <ruby>. */
export function markGlossary(line: string, glossary: readonly GlossaryTerm[]): LyricSegment[] {
  const terms = glossary.map((g, index) => ({ ...g, index })).sort((a, b) => b.term.length - a.term.length);
  const segments: LyricSegment[] = [];
  let plain = '';
  for (let i = 0; i < line.length; ) {
    const hit = terms.find((t) => t.term && line.startsWith(t.term, i));
    if (hit) {
      if (plain) segments.push(plain);
      plain = '';
      segments.push({ term: hit.term, reading: hit.reading, index: hit.index });
      i += hit.term.length;
    } else {
      plain += line[i];
      i += 1;
    }
  }
  if (plain) segments.push(plain);
  return segments;
}
