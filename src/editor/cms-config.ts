/**
 * The web editor's configuration (Decap CMS, served at /admin/): one collection
 * per kind of the registry and file type, its fields made from the kind's
 * schema (cms-fields.ts), written in the folders and with the file names the
 * contract describes. Built anew with every build, so its choices (regions,
 * notices to supersede) are the content folder's own. docs/web-editor.md
 */
import { inputJsonSchema } from '../content-model/editor-schemas';
import { ENTRY_KIND_NAMES, ENTRY_SCHEMAS, KINDS, hasBody, type EntryKind } from '../content-model/kinds';
import { CLINIC_STATUS_LABELS } from '../services/clinic-status';
import { cmsFields, type Choice, type CmsField, type FieldContext, type JsonSchema } from './cms-fields';

export interface EditorSettings {
  backend: 'gitea' | 'gitlab' | 'github';
  /** owner/name on the git server. */
  repo: string;
  branch: string;
  /** The self-hosted server's address (Gitea, GitLab). */
  baseUrl?: string;
  /** The OAuth application's client id there. */
  appId?: string;
  /** The content folder's path inside the repository. */
  contentPath: string;
  /** The local file proxy's port on this machine (`npm start`). */
  proxyPort: number;
  /** The published site, for the editor's "view live" links. */
  siteUrl: string;
}

/** What the editor offers to choose from, read from the content folder. */
export interface EditorChoices {
  regions: readonly Choice[];
  /** Every published notice, newest first: what a notice may supersede and a rhyme promote. */
  notices: readonly Choice[];
}

/**
 * Where an entry's own files go, next to it (the contract: paths relative to the entry), as the sample
 * content keeps them: a notice's attachments in files/, an article's pictures in images/, recordings in audio/.
 */
const MEDIA_FOLDERS: Partial<Record<EntryKind, string>> = { notices: 'files', articles: 'images', rhymes: 'audio' };

/** How fields that hold a file are picked. */
const FILE_FIELDS: FieldContext['files'] = { image: 'image', file: 'file' };

const VALUE_LABELS: FieldContext['valueLabels'] = { ...CLINIC_STATUS_LABELS, 'zh-Hans': '简体中文', 'zh-Hant': '繁體中文' };

/** What to remember when writing a body: the rules the check enforces on each file type, and a kind's own. */
const BODY_HINTS: Record<string, string> = {
  md: '正文用 Markdown 书写，文字照常写即可。',
  mdx: '这是 .mdx 文件：不能写 import、export 或 {…}（会在生成网站的电脑上运行）；小于号请写全角“＜”；组件见写作指南第六部分。',
};
const KIND_BODY_HINTS: Partial<Record<EntryKind, string>> = { rhymes: '唱词一句一行，段与段之间空一行。' };

/**
 * New files' names become their addresses (/notices/<name>/), and never change once published. Dated kinds: the
 * date the author wrote for 发布日期, as the sample names them (a second one that day gets -1, -2 …); short for a
 * link forwarded in a chat group. Hotlines and clinics: their name (Chinese is fine in an address).
 */
function slugTemplate(fields: readonly CmsField[]): string {
  const dated = fields.find((field) => field.name === 'issued' || field.name === 'published');
  return dated ? `{{fields.${dated.name} | date('YYYY-MM-DD')}}` : '{{slug}}';
}

/** The local proxy's address: where the editor reads and writes on the office computer. */
const proxyUrl = (settings: EditorSettings) => `http://localhost:${settings.proxyPort}/api/v1`;

/** Whether an office git server is configured; without one the editor only works on the office computer. */
export const hasGitServer = (settings: EditorSettings) => settings.backend === 'github' || settings.baseUrl !== undefined;

function backend(settings: EditorSettings): Record<string, unknown> {
  // Without a server, never a default one: Decap's Gitea backend would log in at a public Gitea service.
  if (!hasGitServer(settings)) return { name: 'proxy', proxy_url: proxyUrl(settings), branch: settings.branch };
  const base = { name: settings.backend, repo: settings.repo, branch: settings.branch };
  const server = settings.baseUrl?.replace(/\/+$/, '');
  const login = settings.appId ? { app_id: settings.appId } : {};
  if (settings.backend === 'gitea') return { ...base, ...login, ...(server ? { base_url: server, api_root: `${server}/api/v1` } : {}) };
  if (settings.backend === 'gitlab') return { ...base, ...login, auth_type: 'pkce', ...(server ? { base_url: server, api_root: `${server}/api/v4` } : {}) };
  return base;
}

function kindCollections(kind: EntryKind, settings: EditorSettings, context: FieldContext): Array<Record<string, unknown>> {
  const definition = KINDS[kind];
  const fields: CmsField[] = cmsFields(inputJsonSchema(ENTRY_SCHEMAS[kind]) as JsonSchema, context);
  const folder = `${settings.contentPath}/${kind}`;
  const media = MEDIA_FOLDERS[kind];
  const shared = {
    folder,
    slug: slugTemplate(fields),
    // A published address never disappears: a notice that no longer applies is withdrawn or expires, not deleted.
    delete: false,
    summary: hasBody(kind) ? '{{title}}' : '{{name}}',
    ...(hasBody(kind) ? {} : { identifier_field: 'name' }),
    ...(media ? { media_folder: media, public_folder: `./${media}` } : {}),
  };
  if (!hasBody(kind)) {
    // Data kinds: the first extension (.yaml), the one the scaffolder and the sample write; .yml files are left to a text editor.
    return [{ ...shared, name: kind, label: definition.label, label_singular: definition.label, extension: definition.extensions[0], format: 'yaml', create: true, fields }];
  }
  const body = (extension: string) => ({
    name: 'body',
    label: '正文',
    widget: 'markdown',
    // The rich-text view rewrites what it does not know: an .mdx file's components, a rhyme's line breaks.
    modes: extension === 'md' && kind !== 'rhymes' ? ['raw', 'rich_text'] : ['raw'],
    sanitize_preview: true,
    hint: [KIND_BODY_HINTS[kind], BODY_HINTS[extension]].filter(Boolean).join(''),
  });
  // One collection per file type (the editor reads one extension a collection). New entries are plain Markdown (the
  // first extension), which takes any text as it is; .mdx entries, which may use the site's components, are edited in
  // their own list.
  return definition.extensions.map((extension, index) => ({
    ...shared,
    name: index === 0 ? kind : `${kind}-${extension}`,
    label: index === 0 ? definition.label : `${definition.label}（${extension.toUpperCase()}）`,
    label_singular: definition.label,
    extension,
    format: 'frontmatter',
    create: index === 0,
    fields: [...fields, body(extension)],
  }));
}

export function cmsConfig(settings: EditorSettings, choices: EditorChoices): Record<string, unknown> {
  const context: FieldContext = {
    choices: { region: choices.regions, supersedes: choices.notices, relatedNotices: choices.notices },
    files: FILE_FIELDS,
    valueLabels: VALUE_LABELS,
  };
  return {
    locale: 'zh_Hans',
    backend: backend(settings),
    // Gitea has no review step in the editor; GitLab and GitHub get drafts → review → publish.
    ...(hasGitServer(settings) && settings.backend !== 'gitea' ? { publish_mode: 'editorial_workflow' } : {}),
    // On this machine (`npm start`) the editor writes the content folder directly, through the local proxy.
    local_backend: { url: proxyUrl(settings) },
    site_url: settings.siteUrl,
    // An optional field left blank is left out of the file: the check refuses an empty 发文字号 but not a missing one.
    omit_empty_optional_fields: true,
    // Names keep their Chinese: a clinic's file name is its address, and residents read it.
    slug: { encoding: 'unicode', clean_accents: false, sanitize_replacement: '-' },
    media_folder: `${settings.contentPath}/articles/images`,
    public_folder: './images',
    collections: ENTRY_KIND_NAMES.flatMap((kind) => kindCollections(kind, settings, context)),
  };
}
