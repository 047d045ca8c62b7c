/**
 * The web editor's configuration is made from the content schemas: every
 * field of every kind is in its form with the schema's Chinese label, the
 * required ones required, choices from the schema and the content folder,
 * dates checked with the contract's pattern, and files written where the
 * contract says. A field added to a schema appears in the editor by itself.
 */
import { describe, expect, it } from 'vitest';
import { DATE_PATTERN } from '../../src/content-model/editor-schemas';
import { fieldTitle, objectFields } from '../../src/content-model/field-labels';
import { ENTRY_KIND_NAMES, ENTRY_SCHEMAS, KINDS, hasBody } from '../../src/content-model/kinds';
import { cmsConfig, type EditorSettings } from '../../src/editor/cms-config';
import type { CmsField } from '../../src/editor/cms-fields';
import { editorChoices } from '../../src/editor/editor-choices';
import { editorPolicy } from '../../src/editor/editor-page';
import { proxyRoot } from '../../src/editor/local-proxy';
import { NOTICE_DOC_TYPES } from '../../src/schemas/notice';

const SETTINGS: EditorSettings = { backend: 'gitea', repo: 'office/site', branch: 'main', contentPath: 'content', proxyPort: 8081, siteUrl: 'https://fangkong.example.org' };
const CHOICES = {
  regions: [{ label: '示范县（shifan）', value: 'shifan' }],
  notices: [{ label: '2026-11-12 第3号通告', value: '2026-11-12-tonggao-3' }],
};

type Collection = { name: string; slug: string; folder: string; extension: string; create: boolean; fields: CmsField[]; media_folder?: string; public_folder?: string };
const config = cmsConfig(SETTINGS, CHOICES) as { collections: Collection[]; backend: Record<string, unknown>; [key: string]: unknown };
const collection = (name: string) => config.collections.find((c) => c.name === name)!;
const field = (fields: CmsField[], name: string) => fields.find((f) => f.name === name)!;

describe('the web editor configuration', () => {
  it('is in Chinese, leaves blank optional fields out, and writes the local folder through the proxy', () => {
    expect(config.locale).toBe('zh_Hans');
    expect(config.omit_empty_optional_fields).toBe(true);
    expect(config.local_backend).toEqual({ url: 'http://localhost:8081/api/v1' });
  });

  it('has a collection for each kind and file type, in the kind folders of the content folder', () => {
    for (const kind of ENTRY_KIND_NAMES) {
      const own = config.collections.filter((c) => c.folder === `content/${kind}`);
      // A Markdown kind: one collection per file type; a data kind: its first extension (.yaml), as the sample writes.
      const extensions: readonly string[] = KINDS[kind].extensions;
      expect(own.map((c) => c.extension).sort(), kind).toEqual(hasBody(kind) ? [...extensions].sort() : [extensions[0]]);
      expect(own.filter((c) => c.create), `${kind}: one collection makes new entries`).toHaveLength(1);
    }
  });

  it('lists every schema field with its Chinese label, required exactly when the schema requires it', () => {
    for (const kind of ENTRY_KIND_NAMES) {
      const form = collection(kind).fields;
      const schemaFields = objectFields(ENTRY_SCHEMAS[kind]);
      expect(form.map((f) => f.name).filter((name) => name !== 'body'), kind).toEqual(Object.keys(schemaFields));
      for (const [name, schema] of Object.entries(schemaFields)) {
        const formField = field(form, name);
        expect(formField.label, `${kind}.${name}`).toBe(fieldTitle(schema));
        expect(formField.required, `${kind}.${name}`).toBe(!schema.safeParse(undefined).success);
      }
      expect(form.some((f) => f.name === 'body'), kind).toBe(hasBody(kind));
    }
  });

  it('offers the schema’s choices, the regions and the notices of the content folder', () => {
    const notice = collection('notices').fields;
    expect((field(notice, 'docType').options as Array<{ value: string }>).map((o) => o.value)).toEqual([...NOTICE_DOC_TYPES]);
    expect(field(notice, 'region')).toMatchObject({ widget: 'select', options: CHOICES.regions });
    expect(field(notice, 'supersedes')).toMatchObject({ widget: 'select', multiple: true, options: CHOICES.notices });
    expect(field(collection('rhymes').fields, 'relatedNotices')).toMatchObject({ widget: 'select', multiple: true });
    expect(field(collection('clinics').fields, 'status').options).toContainEqual({ label: '暂停', value: 'paused' });
  });

  it('checks dates as text in Beijing time, never through a picker in the browser’s zone', () => {
    const issued = field(collection('notices').fields, 'issued');
    expect(issued.widget).toBe('string');
    expect((issued.pattern as string[])[0]).toBe(DATE_PATTERN);
    expect(new RegExp(DATE_PATTERN).test('2026-11-22T18:00+08:00')).toBe(true);
    expect(String(field(collection('notices').fields, 'expires').hint)).toContain('已失效');
  });

  it('edits an .mdx body as its text only, so the rich-text view never rewrites a component', () => {
    const mdxBodies = config.collections.filter((c) => c.extension === 'mdx').map((c) => field(c.fields, 'body'));
    expect(mdxBodies.length).toBeGreaterThan(0);
    for (const body of mdxBodies) expect(body.modes).toEqual(['raw']);
  });

  it('makes an optional group’s parts optional in the form, saying which are needed once it is filled', () => {
    const withdrawn = field(collection('notices').fields, 'withdrawn');
    expect((withdrawn.fields as CmsField[]).every((f) => f.required === false)).toBe(true);
    const alt = field(field(collection('articles').fields, 'cover').fields as CmsField[], 'alt');
    expect(String(alt.hint)).toContain('填写这一组时必填');
    expect(String(field(field(collection('articles').fields, 'cover').fields as CmsField[], 'credit').hint)).not.toContain('必填');
    const attachments = field(collection('notices').fields, 'attachments');
    expect(field(attachments.fields as CmsField[], 'file')).toMatchObject({ widget: 'file', required: true });
  });

  it('stores covers, attachments and recordings next to the entry, written as relative paths', () => {
    expect(collection('articles')).toMatchObject({ media_folder: 'images', public_folder: './images' });
    expect(field(field(collection('articles').fields, 'cover').fields as CmsField[], 'image').widget).toBe('image');
    expect(collection('rhymes')).toMatchObject({ media_folder: 'audio' });
    expect(collection('notices')).toMatchObject({ media_folder: 'files' });
  });

  it('without a git server, reads and writes only through the local proxy, never a public default server', () => {
    expect(config.backend).toEqual({ name: 'proxy', proxy_url: 'http://localhost:8081/api/v1', branch: 'main' });
    expect(config.publish_mode).toBeUndefined();
  });

  it('names the office’s own git server, with review for GitLab', () => {
    const gitea = cmsConfig({ ...SETTINGS, baseUrl: 'https://git.example.gov.cn', appId: 'abc' }, CHOICES) as Record<string, unknown>;
    expect(gitea.backend).toMatchObject({ name: 'gitea', repo: 'office/site', base_url: 'https://git.example.gov.cn', api_root: 'https://git.example.gov.cn/api/v1', app_id: 'abc' });
    const gitlab = cmsConfig({ ...SETTINGS, backend: 'gitlab', baseUrl: 'https://git.example.gov.cn/', appId: 'abc' }, CHOICES) as Record<string, unknown>;
    expect(gitlab.backend).toMatchObject({ name: 'gitlab', base_url: 'https://git.example.gov.cn', api_root: 'https://git.example.gov.cn/api/v4', app_id: 'abc', auth_type: 'pkce' });
    expect(gitlab.publish_mode).toBe('editorial_workflow');
  });

  it('names new dated entries by the date the author wrote, the others by their name, and deletes nothing', () => {
    expect(collection('notices').slug).toBe("{{fields.issued | date('YYYY-MM-DD')}}");
    expect(collection('articles').slug).toBe("{{fields.published | date('YYYY-MM-DD')}}");
    expect(collection('clinics').slug).toBe('{{slug}}');
    expect(config.collections.every((c) => (c as unknown as { delete: boolean }).delete === false)).toBe(true);
  });

  it('says what a body may hold by file type: .md takes any text, .mdx no code and a full-width ＜', () => {
    expect(String(field(collection('notices').fields, 'body').hint)).not.toContain('import');
    expect(String(field(collection('notices-mdx').fields, 'body').hint)).toContain('import');
    expect(field(collection('rhymes').fields, 'body').modes).toEqual(['raw']);
  });

  it('labels kinds as the registry does', () => {
    for (const kind of ENTRY_KIND_NAMES) expect((collection(kind) as unknown as { label: string }).label).toBe(KINDS[kind].label);
  });
});

describe('the editor’s choices', () => {
  it('lists published notices newest first, with their date, never a draft or a scheduled one, and regions with their id', () => {
    const at = (day: string) => new Date(`${day}T00:00:00+08:00`);
    const choices = editorChoices(
      {
        regions: [{ id: 'shifan', name: '示范县', file: 'regions.yaml' }],
        entries: [
          { kind: 'notices', id: 'a', data: { title: '旧', issued: at('2026-11-01') } },
          { kind: 'articles', id: 'x', data: { title: '文章', published: at('2026-11-02') } },
          { kind: 'notices', id: 'b', data: { title: '新', issued: at('2026-11-20') } },
          { kind: 'notices', id: 'draft', data: { title: '草稿', issued: at('2026-11-10'), draft: true } },
          { kind: 'notices', id: 'later', data: { title: '定时', issued: at('2026-12-01') } },
        ] as never,
      },
      at('2026-11-22'),
    );
    expect(choices.notices).toEqual([
      { label: '2026-11-20 新', value: 'b' },
      { label: '2026-11-01 旧', value: 'a' },
    ]);
    expect(choices.regions).toEqual([{ label: '示范县（shifan）', value: 'shifan' }]);
  });
});

describe('the editor page’s own policy', () => {
  it('allows the proxy and the office’s git server, and nothing from elsewhere', () => {
    const policy = editorPolicy({ ...SETTINGS, baseUrl: 'https://git.example.gov.cn/gitea' });
    expect(policy).toMatch(/connect-src 'self' blob: data: http:\/\/localhost:8081 http:\/\/127\.0\.0\.1:8081 https:\/\/git\.example\.gov\.cn(;|$)/);
    expect(policy).toContain("object-src 'none'");
    expect(policy).toMatch(/script-src 'self' 'unsafe-eval'(;|$)/);
  });
});

describe('the local proxy’s folder', () => {
  it('is the folder in which the configured path names the content folder', () => {
    expect(proxyRoot('/srv/site/content', 'content')).toBe('/srv/site');
    expect(proxyRoot('/srv/site/districts/lanxi', 'districts/lanxi')).toBe('/srv/site');
    expect(proxyRoot('/srv/site/lanxi', 'content')).toBeUndefined();
  });
});
