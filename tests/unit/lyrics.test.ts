import { describe, expect, it } from 'vitest';
import { lyricsStanzas, lyricsText, markGlossary } from '../../src/site/lyrics';

const SANZIJING = ['戴口罩，勤洗手，', '莫扎堆，莫乱走。', '', '发烧了，莫霸蛮，', '早点去，看医生。'].join('\n');

describe('lyricsStanzas', () => {
  it('keeps one verse line per source line and splits stanzas at blank lines', () => {
    expect(lyricsStanzas(SANZIJING)).toEqual([
      ['戴口罩，勤洗手，', '莫扎堆，莫乱走。'],
      ['发烧了，莫霸蛮，', '早点去，看医生。'],
    ]);
  });

  it('reads Windows (CRLF) and old Mac (CR) line endings the same way', () => {
    expect(lyricsStanzas(SANZIJING.replace(/\n/g, '\r\n'))).toEqual(lyricsStanzas(SANZIJING));
    expect(lyricsStanzas(SANZIJING.replace(/\n/g, '\r'))).toEqual(lyricsStanzas(SANZIJING));
  });

  it('treats a line of only spaces or tabs, or several blank lines, as one stanza break', () => {
    const body = '第一句\n第二句\n  \t\n\n\n第三句\n';
    expect(lyricsStanzas(body)).toEqual([['第一句', '第二句'], ['第三句']]);
  });

  it('drops MDX import and export lines', () => {
    const body = "import Audio from '../../components/mdx/Audio.astro';\nexport const x = 1;\n\n戴口罩，\n勤洗手。\n";
    expect(lyricsStanzas(body)).toEqual([['戴口罩，', '勤洗手。']]);
  });

  it('drops HTML comments on their own line', () => {
    expect(lyricsStanzas('<!-- 第二段待录音 -->\n戴口罩，\n勤洗手。')).toEqual([['戴口罩，', '勤洗手。']]);
  });

  it('strips Markdown hard-break markers (two trailing spaces or a backslash) from line ends', () => {
    const body = '戴口罩，勤洗手，  \n莫扎堆，莫乱走。\\\n发烧了，莫霸蛮。';
    expect(lyricsStanzas(body)).toEqual([['戴口罩，勤洗手，', '莫扎堆，莫乱走。', '发烧了，莫霸蛮。']]);
  });

  it('trims indentation and leading/trailing blank lines', () => {
    expect(lyricsStanzas('\n\n   戴口罩，\n\t勤洗手。\n\n')).toEqual([['戴口罩，', '勤洗手。']]);
  });

  it('returns no stanzas for an empty body', () => {
    expect(lyricsStanzas('')).toEqual([]);
    expect(lyricsStanzas("import A from './a';\n")).toEqual([]);
  });
});

describe('lyricsText', () => {
  it('round-trips line and stanza breaks', () => {
    expect(lyricsText(SANZIJING)).toBe(SANZIJING);
    expect(lyricsText(lyricsText(SANZIJING))).toBe(SANZIJING);
  });

  it('normalises CRLF, markers and extra blank lines into plain newlines', () => {
    const messy = "import A from './a';\r\n\r\n戴口罩，  \r\n勤洗手。\\\r\n\r\n\r\n\r\n莫扎堆。\r\n";
    expect(lyricsText(messy)).toBe('戴口罩，\n勤洗手。\n\n莫扎堆。');
  });
});

describe('markGlossary', () => {
  const glossary = [
    { term: '霸蛮', reading: 'bà mán', meaning: '硬撑' },
    { term: '冇得', reading: 'mǎo de', meaning: '没有' },
    { term: '冇', meaning: '没' },
  ];
  it('marks each glossary term where it occurs, longest first', () => {
    expect(markGlossary('发烧莫霸蛮，冇得事', glossary)).toEqual([
      '发烧莫',
      { term: '霸蛮', reading: 'bà mán', index: 0 },
      '，',
      { term: '冇得', reading: 'mǎo de', index: 1 },
      '事',
    ]);
  });
  it('leaves a line without terms as one piece of text', () => {
    expect(markGlossary('勤洗手', glossary)).toEqual(['勤洗手']);
  });
});
