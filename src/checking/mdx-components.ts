/**
 * What authors may write as JSX in an .mdx body: the documented components
 * (src/components/mdx/index.ts renders them; docs/写作指南.md part 6 documents
 * them) and, for each, the attributes it takes. Everything else is refused by
 * mdx-body-rules.ts. tests/unit/mdx-components.test.ts keeps this list and the
 * components' own Props in step.
 */
export interface AttributeRule {
  /** The component cannot work without it (a card with no id). */
  required?: boolean;
  /** The only values it accepts, when it has a fixed set. */
  values?: readonly string[];
}

export const MDX_COMPONENTS: Record<string, Record<string, AttributeRule>> = {
  Callout: { type: { values: ['提示', '警告'] }, title: {} },
  HotlineCard: { id: { required: true } },
  ClinicCard: { id: { required: true } },
  NoticeRef: { id: { required: true } },
};

export const MDX_COMPONENT_NAMES = Object.keys(MDX_COMPONENTS);

/**
 * HTML tags that run code, load other pages or change the page itself. Named in
 * their own message: these are why an author's file may not carry raw HTML.
 */
export const DANGEROUS_TAGS = new Set(['script', 'iframe', 'frame', 'frameset', 'form', 'style', 'object', 'embed', 'meta', 'base', 'link', 'svg', 'math', 'template', 'input', 'button', 'textarea', 'select']);

/**
 * Plain HTML tags an author may have meant, and the Markdown that writes them.
 * No HTML tag is allowed: no sample or fixture .mdx file uses one, and Markdown
 * covers them all.
 */
export const MARKDOWN_FOR_TAG: Record<string, string> = {
  b: '**加粗的文字**',
  strong: '**加粗的文字**',
  i: '*斜体文字*',
  em: '*斜体文字*',
  a: '[链接文字](网址)',
  img: '![图片说明](images/图片.jpg)',
  br: '两行之间空一行（另起一段）',
  p: '段落之间空一行',
  h1: '## 标题',
  h2: '## 标题',
  h3: '### 标题',
  ul: '- 列表项',
  li: '- 列表项',
  ol: '1. 列表项',
  table: 'Markdown 表格（写法见写作指南第六部分的例子）',
  blockquote: '> 引用的文字',
};
