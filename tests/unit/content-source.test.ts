import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FRONT_MATTER, parseContentSource, parseMarkdownSource, parseYamlFully, parseYamlSource } from '../../src/checking/content-source';

const NOTICE = [
  '---', //                                    line 1
  'title: 关于加强防控的通告', //                 line 2
  'issued: 2026-11-22', //                      line 3
  'withdrawn:', //                              line 4
  '  date: 2026-12-01', //                      line 5
  '  reason: 疫情形势好转', //                    line 6
  'attachments:', //                            line 7
  '  - title: 清单', //                          line 8
  '    file: ./files/qingdan.pdf', //           line 9
  '---', //                                     line 10
  '',
  '一、请佩戴口罩。',
  '',
].join('\n');

describe('front matter', () => {
  it('splits the front matter from the body', () => {
    const source = parseMarkdownSource(NOTICE);
    expect(source.syntaxError).toBeUndefined();
    expect(source.data).toMatchObject({ title: '关于加强防控的通告', withdrawn: { reason: '疫情形势好转' } });
    expect(source.body).toBe('\n一、请佩戴口罩。\n');
  });

  it('accepts a byte-order mark and Windows line endings', () => {
    const source = parseMarkdownSource('\uFEFF---\r\ntitle: 通告\r\n---\r\n正文\r\n');
    expect(source.data).toEqual({ title: '通告' });
    expect(source.body).toBe('正文\r\n');
  });

  it('keeps a later --- in the body as body text', () => {
    const source = parseMarkdownSource('---\ntitle: 通告\n---\n第一段\n\n---\n\n第二段\n');
    expect(source.body).toBe('第一段\n\n---\n\n第二段\n');
  });

  it('reports a file without front matter, in Chinese, at line 1', () => {
    const source = parseMarkdownSource('# 通告\n\n正文');
    expect(source.syntaxError?.line).toBe(1);
    expect(source.syntaxError?.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('chooses YAML or Markdown by file extension', () => {
    expect(parseContentSource('x.yaml', 'name: 热线\n').data).toEqual({ name: '热线' });
    expect(parseContentSource('x.YML', 'name: 热线\n').data).toEqual({ name: '热线' });
    expect(parseContentSource('x.mdx', '---\nname: 热线\n---\n').data).toEqual({ name: '热线' });
    expect(parseContentSource('x.md', 'name: 热线\n').syntaxError).toBeDefined();
  });
});

describe('values stay as authors wrote them', () => {
  it('keeps dates and datetimes as strings, for Beijing-time parsing later', () => {
    const { data } = parseYamlSource('verified: 2026-11-22\nissued: 2026-11-22T18:00+08:00\nwhen: 2026-11-22 18:00\n');
    expect(data).toEqual({ verified: '2026-11-22', issued: '2026-11-22T18:00+08:00', when: '2026-11-22 18:00' });
  });

  it('keeps dates in Markdown front matter as strings too', () => {
    const { data } = parseMarkdownSource(NOTICE) as { data: { issued: unknown; withdrawn: { date: unknown } } };
    expect(data.issued).toBe('2026-11-22');
    expect(data.withdrawn.date).toBe('2026-12-01');
  });

  it('keeps leading-zero numbers as strings', () => {
    const { data } = parseYamlSource('phones: [073184567890, 010, 0]\nzip: 0731\n');
    expect(data).toEqual({ phones: ['073184567890', '010', 0], zip: '0731' });
  });

  it('still reads ordinary numbers and booleans', () => {
    const { data } = parseYamlSource('seriesNo: 3\nlat: 28.0213\nphones: [12345]\nurgent: true\n');
    expect(data).toEqual({ seriesNo: 3, lat: 28.0213, phones: [12345], urgent: true });
  });

  it('does not read yes/no or on/off as booleans (YAML 1.2)', () => {
    expect(parseYamlSource('a: yes\nb: off\n').data).toEqual({ a: 'yes', b: 'off' });
  });
});

describe('syntax errors', () => {
  it('reports a duplicate key in a YAML file at its line', () => {
    const source = parseYamlSource('name: 热线\ncategory: 应急\nname: 另一条\n');
    expect(source.data).toBeUndefined();
    expect(source.syntaxError?.line).toBe(3);
  });

  it('counts lines from the top of a Markdown file, including the opening ---', () => {
    const source = parseMarkdownSource('---\ntitle: 通告\ndocType: 通告\ntitle: 又一个标题\n---\n正文\n');
    expect(source.syntaxError?.line).toBe(4);
  });

  it('reports a broken mapping at its line', () => {
    const source = parseMarkdownSource('---\ntitle: 通告\nsummary: 摘要: 戴口罩: 勤洗手\n---\n');
    expect(source.syntaxError?.line).toBe(3);
  });

  it('does not cite a different line number inside the message of a Markdown file', () => {
    const source = parseMarkdownSource('---\ntitle: 通告\ndocType: 通告\ntitle: 又一个标题\n---\n正文\n');
    expect(source.syntaxError?.line).toBe(4);
    const cited = source.syntaxError?.message.match(/line (\d+)/)?.[1];
    expect(cited === undefined || cited === '4').toBe(true);
  });
});

describe('lineOf', () => {
  const source = parseMarkdownSource(NOTICE);

  it('gives the file line of a top-level field', () => {
    expect(source.lineOf(['title'])).toBe(2);
    expect(source.lineOf(['issued'])).toBe(3);
  });

  it('gives the file line of a nested field and of a list item’s field', () => {
    expect(source.lineOf(['withdrawn', 'reason'])).toBe(6);
    expect(source.lineOf(['withdrawn', 'date'])).toBe(5);
    expect(source.lineOf(['attachments', 0, 'file'])).toBe(9);
  });

  it('falls back to the nearest parent that exists, or undefined for an absent field', () => {
    expect(source.lineOf(['withdrawn', 'missing'])).toBe(5);
    expect(source.lineOf(['summary'])).toBeUndefined();
  });

  it('counts YAML-file lines from 1', () => {
    const yaml = parseYamlSource('name: 热线\nphones:\n  - 0731-84567890\n  - 0731-123\n');
    expect(yaml.lineOf(['phones', 1])).toBe(4);
    expect(yaml.lineOf(['name'])).toBe(1);
  });
});

describe('the quick reader reads what the full reader reads', () => {
  // Every file is read by js-yaml; `yaml` only for errors and line numbers.
  // Both must give the same data, or an author's value would change meaning.
  const tricky = [
    'phone: 0731-84567890\nphones: [073184567890, 010, 0, -0, +12, 0x1F, 0o17, 0b11, 1_000, 00, 09]',
    'a: yes\nb: No\nc: on\nd: OFF\ne: y\nf: True\ng: FALSE\nh: true',
    'a: ~\nb: null\nc: Null\nd: NULL\ne:\nf: ""\ng: \'~\'',
    'a: 1.5\nb: .5\nc: 1.\nd: 1e3\ne: -1.5E-2\nf: .inf\ng: -.Inf\nh: .NaN\ni: 1,000\nj: 28.0213\nk: [-0x1F, 0X1F, +0o7, 00.5, 1E3, +.5, 0e0, 07.0]',
    'hours: Mo-Fr 08:00-17:30; PH off\nat: 12:30\nsix: 1:20:30\nwhen: 2026-11-22 18:00\nday: 2026-11-22',
    'title: "关于\\u53d1热的通告"\nsummary: \'他说\'\'好\'\'\'\nnote: >\n  第一行\n  第二行\n\n  新段\nlist: |-\n  一\n    二\n',
    'base: &b\n  name: 热线\n  phones: [12345]\ncopy: *b\nmerge:\n  <<: *b\n  name: 另一条',
    'tags: !!str 123\nn: !!int "42"\nf: !!float 3\ns: !!str 0731',
    'nested:\n  - { id: a, name: 甲, lat: 28.1 }\n  - id: b\n    name: 乙 # 注释\n    note: "# 不是注释"\n',
    'multi: 这是一段\n  跨行的纯文本\n  值\nkey with spaces: 值\n"quoted key": 1\n123: 数字键',
    'empty_list: []\nempty_map: {}\ndeep: [[1, [2, [3]]], {a: {b: {c: d}}}]',
  ];
  for (const yaml of tricky) {
    it(`reads ${JSON.stringify(yaml.slice(0, 40))}… the same way`, () => {
      const full = parseYamlFully(yaml);
      expect(full.syntaxError).toBeUndefined();
      expect(parseYamlSource(yaml).data).toStrictEqual(full.data);
    });
  }

  it('reads every file of the sample content folder the same way', () => {
    const dir = join(import.meta.dirname, '../../content');
    const files = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => /\.(mdx?|ya?ml)$/.test(f) && !f.split('/').pop()!.startsWith('_'));
    expect(files.length).toBeGreaterThan(30);
    for (const file of files) {
      const text = readFileSync(join(dir, file), 'utf8');
      const yaml = /\.ya?ml$/.test(file) ? text : (FRONT_MATTER.exec(text)?.[2] ?? '');
      expect(parseContentSource(file, text).data, file).toStrictEqual(parseYamlFully(yaml).data);
    }
  });

  it('leaves errors and their lines to the full reader', () => {
    const source = parseYamlSource('name: 热线\n  bad: indent\nname: 又一条\n');
    expect(source.data).toBeUndefined();
    expect(source.syntaxError?.line).toBe(parseYamlFully('name: 热线\n  bad: indent\nname: 又一条\n').syntaxError?.line);
  });

  it('reads empty front matter as no data, not as an error', () => {
    const source = parseMarkdownSource('---\n---\n正文\n');
    expect(source.syntaxError).toBeUndefined();
    expect(source.data).toBeNull();
  });
});
