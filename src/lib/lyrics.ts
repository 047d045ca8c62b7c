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
