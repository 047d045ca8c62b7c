/**
 * schema.org's vocabulary as schema-dts ships it: Google's declarations of the
 * current schema.org release, one `<Type>Leaf` interface per type whose
 * `"@type"` names it, extending the `…Base` interfaces of the type and its
 * supertypes, which declare the properties. Read here with TypeScript's parser
 * (no type checking: the file is 1 MB), so the test checks JSON-LD against the
 * vocabulary itself, not a list written by hand. Also: every enumeration
 * member (`https://schema.org/Monday`…), as the declarations' string literals.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import ts from 'typescript';

export interface SchemaOrgVocabulary {
  /** Type name → every property it may carry, its supertypes' included, and the JSON-LD keywords. */
  properties: Map<string, Set<string>>;
  /** Enumeration members and types as full URLs: `https://schema.org/Monday`. */
  terms: Set<string>;
}

/** JSON-LD keywords any node may carry. */
const KEYWORDS = ['@context', '@type', '@id'];

const nameOf = (name: ts.PropertyName) => (ts.isStringLiteral(name) || ts.isIdentifier(name) ? name.text : undefined);

export function readSchemaOrgVocabulary(): SchemaOrgVocabulary {
  const file = createRequire(import.meta.url).resolve('schema-dts/dist/schema.d.ts');
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const own = new Map<string, { properties: string[]; parents: string[]; type?: string }>();
  const terms = new Set<string>();
  const visit = (node: ts.Node) => {
    if (ts.isInterfaceDeclaration(node)) {
      const properties: string[] = [];
      let type: string | undefined;
      for (const member of node.members) {
        const name = ts.isPropertySignature(member) ? nameOf(member.name) : undefined;
        if (!name || !ts.isPropertySignature(member)) continue;
        if (name === '@type' && member.type && ts.isLiteralTypeNode(member.type) && ts.isStringLiteral(member.type.literal)) type = member.type.literal.text;
        else properties.push(name);
      }
      // `extends ThingBase`, `extends Partial<IdReference>`: the names of the interfaces extended.
      const parents = (node.heritageClauses ?? []).flatMap((clause) =>
        clause.types.map((parent) => (parent.typeArguments?.[0] && ts.isTypeReferenceNode(parent.typeArguments[0]) ? parent.typeArguments[0].typeName.getText(source) : parent.expression.getText(source))),
      );
      own.set(node.name.text, { properties, parents, type });
    }
    if (ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal) && node.literal.text.startsWith('https://schema.org/')) terms.add(node.literal.text);
    ts.forEachChild(node, visit);
  };
  visit(source);

  const closure = (name: string, seen = new Set<string>()): string[] => {
    if (seen.has(name)) return [];
    seen.add(name);
    const declared = own.get(name);
    return declared ? [...declared.properties, ...declared.parents.flatMap((parent) => closure(parent, seen))] : [];
  };
  const properties = new Map<string, Set<string>>();
  for (const [name, declared] of own) {
    if (!declared.type) continue;
    properties.set(declared.type, new Set([...KEYWORDS, ...closure(name)]));
    terms.add(`https://schema.org/${declared.type}`);
  }
  return { properties, terms };
}

export interface VocabularyProblem {
  /** Where in the JSON-LD: `SpecialAnnouncement.spatialCoverage`. */
  path: string;
  problem: string;
}

/**
 * Every node of a JSON-LD block (nested ones included) against the vocabulary: its
 * `@type` a schema.org type, each property one that type (or a supertype) defines,
 * each schema.org URL given as a value a term of the vocabulary.
 */
export function vocabularyProblems(value: unknown, vocabulary: SchemaOrgVocabulary, path = ''): VocabularyProblem[] {
  if (Array.isArray(value)) return value.flatMap((item) => vocabularyProblems(item, vocabulary, path));
  if (typeof value === 'string') {
    const term = value.replace(/^http:/, 'https:');
    return term.startsWith('https://schema.org/') && !vocabulary.terms.has(term) ? [{ path, problem: `${value} is no schema.org term` }] : [];
  }
  if (typeof value !== 'object' || value === null) return [];
  const node = value as Record<string, unknown>;
  const types = ([] as unknown[]).concat(node['@type'] ?? []).map(String);
  const problems: VocabularyProblem[] = [];
  for (const type of types) if (!vocabulary.properties.has(type)) problems.push({ path: path || type, problem: `@type ${type} is no schema.org type` });
  const known = types.filter((type) => vocabulary.properties.has(type));
  for (const [key, child] of Object.entries(node)) {
    const here = `${path ? `${path}.` : ''}${types.join('+') || '(untyped)'}.${key}`;
    // A node without a type is not checked against one; its values still are.
    if (known.length && !known.some((type) => vocabulary.properties.get(type)!.has(key))) problems.push({ path: here, problem: `${key} is not a property of ${known.join(' or ')}` });
    if (key !== '@context' && key !== '@type') problems.push(...vocabularyProblems(child, vocabulary, here));
  }
  return problems;
}
