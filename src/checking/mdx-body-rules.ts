/**
 * MDX is a format for code: `import`, `export`, `{…}` and JSX attribute
 * expressions are programs. Authors' files are data: the site reads an .mdx
 * body as Markdown and the documented components with plain text attributes
 * (src/entry-bodies/), never compiles it, and this check refuses everything
 * else by name, so an author learns why before anything is built.
 */
import { componentHint, type MdxNode } from './mdx-syntax';
import { DANGEROUS_TAGS, MARKDOWN_FOR_TAG, MDX_COMPONENTS } from './mdx-components';

export interface BodyProblem {
  /** Line in the body (1-based). */
  line: number;
  message: string;
}

const RUNS_CODE = '这是程序代码的写法，网站只读正文的文字和写作指南里的组件，不运行作者文件里的代码';

/** `{/* … *\/}` holds nothing but a comment (the guide's way to leave a note): it runs nothing. */
const ONLY_COMMENT = /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/;

/** Code as found, cut short, on one line, for a message. */
function shown(code: string): string {
  const line = code.replace(/\s+/g, ' ').trim();
  return line.length > 30 ? `${line.slice(0, 30)}…` : line;
}

/** Each `import`/`export` line of an ESM block (one block may hold several). */
function esmProblems(node: MdxNode, line: number): BodyProblem[] {
  return String(node.value ?? '')
    .split('\n')
    .flatMap((text, index) => {
      const keyword = /^\s*(import|export)\b/.exec(text)?.[1];
      if (!keyword) return [];
      const hint = keyword === 'import' ? '组件不用导入，直接写 <Callout>…</Callout> 就能用' : '标题、日期这些信息写在文件开头的信息栏里';
      return [{ line: line + index, message: `正文里不能写 ${keyword}（这里是「${shown(text)}」）：${RUNS_CODE}。${hint}；请删掉这一行` }];
    });
}

function attributeProblems(component: string, node: MdxNode, line: number): BodyProblem[] {
  const rules = MDX_COMPONENTS[component]!;
  const problems: BodyProblem[] = [];
  const given = new Set<string>();
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute') {
      problems.push({ line, message: `<${component}> 里不能写 {${shown(String(attribute.value ?? ''))}}：${RUNS_CODE}。属性只能写成 名字="文字"` });
      continue;
    }
    const name = String(attribute.name);
    const value = attribute.value;
    given.add(name);
    if (/^on/i.test(name)) {
      problems.push({ line, message: `<${component}> 里不能写 ${name}：它会在读者的浏览器里运行代码；请删掉` });
    } else if (!rules[name]) {
      const known = Object.keys(rules);
      problems.push({ line, message: `<${component}> 没有 ${name} 这个属性；它能写的属性：${known.join('、')}` });
    } else if (value !== null && typeof value === 'object') {
      problems.push({ line, message: `<${component}> 的 ${name}={…} 用了花括号：${RUNS_CODE}。请写成 ${name}="文字"（英文双引号）` });
    } else if (typeof value !== 'string') {
      problems.push({ line, message: `<${component}> 的 ${name} 没有写值：请写成 ${name}="…"` });
    } else if (/^\s*(?:javascript|vbscript|data):/i.test(value)) {
      problems.push({ line, message: `<${component}> 的 ${name} 不能是 javascript: 或 data: 开头的地址：它会在读者的浏览器里运行代码` });
    } else if (rules[name].values && !rules[name].values.includes(value)) {
      problems.push({ line, message: `<${component}> 的 ${name} 只能是「${rules[name].values.join('」或「')}」，现在是「${value}」` });
    }
  }
  for (const [name, rule] of Object.entries(rules)) {
    if (rule.required && !given.has(name)) problems.push({ line, message: `<${component}> 缺少 ${name}：请写成 <${component} ${name}="…" />` });
  }
  return problems;
}

function elementProblems(node: MdxNode, line: number): BodyProblem[] {
  const name = node.name ?? '';
  if (MDX_COMPONENTS[name]) return attributeProblems(name, node, line);
  if (DANGEROUS_TAGS.has(name.toLowerCase())) {
    return [{ line, message: `正文里不能写 <${name}>：它会运行代码或改变整个网页，作者的文件里不能有；请删掉它` }];
  }
  const markdown = MARKDOWN_FOR_TAG[name.toLowerCase()];
  if (markdown) return [{ line, message: `正文里不能写 HTML 标签 <${name}>：请用 Markdown 的写法：${markdown}` }];
  if (/^[a-z]/.test(name)) return [{ line, message: `正文里不能写 HTML 标签 <${name}>：只能用 Markdown 和写作指南里的组件` }];
  if (!name) return [{ line, message: '正文里不能写空标签 <>…</>：请删掉 <> 和 </>' }];
  return [{ line, message: `没有叫 ${name} 的组件，${componentHint(name)}` }];
}

/** Every refused node in the tree, with its line in the body. */
export function bodyRuleProblems(root: MdxNode): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const visit = (node: MdxNode, parentLine: number) => {
    const line = node.position?.start.line ?? parentLine;
    switch (node.type) {
      case 'mdxjsEsm':
        problems.push(...esmProblems(node, line));
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!ONLY_COMMENT.test(String(node.value ?? ''))) {
          problems.push({ line, message: `正文里不能写 {${shown(String(node.value ?? ''))}}：${RUNS_CODE}。要写括号请用中文括号（）或全角｛｝；注释写成 {/* 注释 */}` });
        }
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        problems.push(...elementProblems(node, line));
        break;
    }
    for (const child of node.children ?? []) visit(child, line);
  };
  visit(root, 1);
  return problems;
}
