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
  /** Every notice, newest first: what a notice may supersede and a rhyme promote. */
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

/** What to remember when writing a body, by kind: the rules the check enforces on bodies. */
const BODY_HINTS: Partial<Record<EntryKind, string>> = {
  rhymes: '唱词一句一行，段与段之间空一行。',
};
const BODY_HINT = '正文用 Markdown 书写。不能写 import、export 或 {…}（会在生成网站的电脑上运行）；小于号请写全角“＜”。';

/**
 * New files' names become their addresses (/notices/<name>/). Dated kinds get the date and minute, short for a
 * link forwarded in a chat group; hotlines and clinics their name. An address never changes once published.
 */
function slugTemplate(kind: EntryKind): string {
  return hasBody(kind) ? '{{year}}-{{month}}-{{day}}-{{hour}}{{minute}}' : '{{slug}}';
}

function backend(settings: EditorSettings): Record<string, unknown> {
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
    slug: slugTemplate(kind),
    summary: hasBody(kind) ? '{{title}}' : '{{name}}',
    ...(hasBody(kind) ? {} : { identifier_field: 'name' }),
    ...(media ? { media_folder: media, public_folder: `./${media}` } : {}),
  };
  if (!hasBody(kind)) {
    // Data kinds: the first extension (.yaml), the one the scaffolder and the sample write; .yml files are left to a text editor.
    return [{ ...shared, name: kind, label: definition.label, label_singular: definition.label, extension: definition.extensions[0], format: 'yaml', create: true, fields }];
  }
  const body = (modes: string[]) => ({ name: 'body', label: '正文', widget: 'markdown', modes, sanitize_preview: true, hint: BODY_HINTS[kind] ?? BODY_HINT });
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
    // The rich-text view rewrites what it does not know: an .mdx file's components are edited as the text they are.
    fields: [...fields, body(index === 0 ? ['raw', 'rich_text'] : ['raw'])],
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
    ...(settings.backend === 'gitea' ? {} : { publish_mode: 'editorial_workflow' }),
    // On this machine (`npm start`) the editor writes the content folder directly, through the local proxy.
    local_backend: { url: `http://localhost:${settings.proxyPort}/api/v1` },
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
