/**
 * The check's list of what authors may write in MDX (src/checking/mdx-components.ts)
 * follows the components the site renders: the same names as
 * src/components/mdx/index.ts, the same attributes as each component's Props.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MDX_COMPONENTS } from '../../src/checking/mdx-components';
import { REFERENCING_COMPONENTS } from '../../src/checking/mdx-references';

const DIR = join(import.meta.dirname, '../../src/components/mdx');

describe('the documented MDX components', () => {
  it('are the ones the site renders', () => {
    const index = readFileSync(join(DIR, 'index.ts'), 'utf8');
    const rendered = /export const mdxComponents = \{([^}]*)\}/.exec(index)![1]!.split(',').map((name) => name.trim());
    expect(Object.keys(MDX_COMPONENTS).sort()).toEqual(rendered.sort());
    expect(Object.keys(MDX_COMPONENTS)).toEqual(expect.arrayContaining(Object.keys(REFERENCING_COMPONENTS)));
  });

  for (const [name, attributes] of Object.entries(MDX_COMPONENTS)) {
    it(`${name} takes the attributes its Props declare, required as they are`, () => {
      const props = /interface Props \{([^}]*)\}/.exec(readFileSync(join(DIR, `${name}.astro`), 'utf8'))![1]!;
      const declared = [...props.matchAll(/^\s*(\w+)(\??):/gm)].map((m) => ({ name: m[1]!, required: m[2] !== '?' }));
      expect(declared.map((p) => p.name).sort()).toEqual(Object.keys(attributes).sort());
      for (const prop of declared) expect(Boolean(attributes[prop.name]?.required), `${name}.${prop.name}`).toBe(prop.required);
    });
  }
});
