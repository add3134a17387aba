// Cypher lives in cypher/*.cypher, never in strings in the code. This reads a file once per name,
// leaves out its comment lines and expands the text the files share:
//
//   {{> compact-node node=m}}   the text of cypher/fragments/compact-node.cypher, each {{node}} in it
//                               replaced by m (a variable, or an expression without spaces: startNode(r))
//   {{EDGE_FIELDS}}             the fields of a relationship (graph/src/fields.ts) as a Cypher list of strings
//   {{RELATION_TYPES}}          the relation types (graph/src/model.ts) as a pattern's type alternation, A|B|…
//
// `{{` occurs in no Cypher outside a string literal, so it cannot be mistaken for query text; a
// placeholder is written on one line. The lists are written into the text rather than sent as a
// $parameter: the text is the same on every call either way, so each query has one cached plan,
// and PROFILE shows the same plan and db hits both ways (graph, neighborhood, path on the test
// graph). But a literal asks nothing of the callers (the store, the benchmark's raw driver, the
// plan test), where a parameter one of them forgot would not fail: `NOT k IN null` is null, and
// every curated property would silently go missing.
// cypher/__snapshots__/ holds every query as expanded here (graph/src/cypher.test.ts), so a change
// to a fragment shows in every query it touches.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EDGE_FIELDS } from './fields.ts';
import { RELATION_TYPES } from './model.ts';

const CYPHER_DIR = fileURLToPath(new URL('../../cypher/', import.meta.url));

/** The folder of cypher/ that holds the fragments, and what `{{> NAME}}` reads: fragments/NAME.cypher. */
export const FRAGMENTS = 'fragments';

const cypherLiteral = (value: string): string => `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;

/** A relationship type as a pattern may name it without quoting; RELATION_TYPES are all of this form. */
function relationType(type: string): string {
  if (!/^[A-Z][A-Z0-9_]*$/.test(type)) {
    throw new CypherTemplateError(`RELATION_TYPES: "${type}" is not a relation type a pattern can name unquoted`);
  }
  return type;
}

/**
 * The Cypher a query may have written in as {{NAME}}, from the lists the graph defines. Upper case,
 * so they never collide with a fragment's own {{argument}}. Written when a query names it: a list
 * with a value that cannot be written fails that query, with the list's name, not this module's import.
 */
const WRITTEN_IN: ReadonlyMap<string, () => string> = new Map([
  ['EDGE_FIELDS', () => `[${EDGE_FIELDS.map(cypherLiteral).join(', ')}]`],
  // A typed pattern between two bound nodes is planned as Expand(Into) (cypher/seed/edges.cypher).
  ['RELATION_TYPES', () => RELATION_TYPES.map(relationType).join('|')],
]);
export const CYPHER_LISTS: ReadonlySet<string> = new Set(WRITTEN_IN.keys());

/** A fragment that does not exist, a placeholder that cannot be expanded, arguments that do not fit: says which file and line. */
export class CypherTemplateError extends Error {
  override name = 'CypherTemplateError';
}

/** One `{{…}}`, on one line: `> name arg=value …` includes a fragment; `name` is an argument or a list. */
const PLACEHOLDER = /\{\{(.*?)\}\}/g;
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const FRAGMENT_NAME = /^[a-z0-9][a-z0-9-]*$/;
/** An argument: name=value, the value a variable or an expression with no spaces or braces. */
const ARGUMENT = /^([A-Za-z_][A-Za-z0-9_]*)=([^\s{}]+)$/;

const isComment = (line: string): boolean => line.trim().startsWith('//');

/** The text without its comment lines: they are for readers, and would go over the wire with every query. */
function withoutCommentLines(text: string): string {
  return text
    .split('\n')
    .filter((line) => !isComment(line))
    .join('\n');
}

/** Where a piece of text comes from, for errors: its file, and the place that included it, if any. */
interface Source {
  file: string;
  includedFrom?: string;
}

/** "cypher/fragments/compact-node.cypher:3 (included from cypher/graph.cypher:15)" */
const at = (source: Source, line: number): string =>
  `${source.file}:${line}${source.includedFrom === undefined ? '' : ` (included from ${source.includedFrom})`}`;

/** The {{argument}} names a fragment's text uses: every placeholder that names neither an include nor a list. */
function argumentNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const line of text.split('\n')) {
    if (isComment(line)) continue;
    for (const [, body = ''] of line.matchAll(PLACEHOLDER)) {
      const name = body.trim();
      if (IDENTIFIER.test(name) && !CYPHER_LISTS.has(name)) names.add(name);
    }
  }
  return names;
}

/** Reads and expands the .cypher files under one folder; `cypher()` below is the one for cypher/. */
export class CypherLoader {
  private readonly expanded = new Map<string, string>();
  private readonly raw = new Map<string, string>();

  /** dir: the folder (ending in /); label: how errors name it ("cypher"). */
  constructor(
    private readonly dir: string,
    private readonly label: string,
  ) {}

  /** The text of DIR/NAME.cypher (NAME may include a folder: "seed/nodes"), comment lines left out, fragments expanded. */
  query(name: string): string {
    let text = this.expanded.get(name);
    if (text === undefined) {
      text = this.expand(this.read(`${name}.cypher`), { file: this.display(`${name}.cypher`) }, new Map(), []);
      this.expanded.set(name, text);
    }
    return text;
  }

  private display(file: string): string {
    return `${this.label}/${file}`;
  }

  private read(file: string): string {
    let text = this.raw.get(file);
    if (text === undefined) {
      text = readFileSync(`${this.dir}${file}`, 'utf8');
      this.raw.set(file, text);
    }
    return text;
  }

  /** Expands every placeholder of `text` (the lines that are not comments), `args` giving the fragment's own arguments. */
  private expand(text: string, source: Source, args: ReadonlyMap<string, string>, chain: readonly string[]): string {
    const out: string[] = [];
    text.split('\n').forEach((line, index) => {
      if (isComment(line)) return;
      const where = at(source, index + 1);
      let expanded = '';
      let last = 0;
      for (const match of line.matchAll(PLACEHOLDER)) {
        expanded += line.slice(last, match.index);
        // A fragment of several lines continues under the column its placeholder starts at.
        const column = expanded.length - expanded.lastIndexOf('\n') - 1;
        expanded += this.placeholder(match[1] ?? '', where, args, chain).replaceAll('\n', `\n${' '.repeat(column)}`);
        last = match.index + match[0].length;
      }
      expanded += line.slice(last);
      const open = line.slice(last).indexOf('{{');
      if (open >= 0) {
        const unclosed = line.slice(last + open).trim();
        throw new CypherTemplateError(`${where}: "${unclosed}" opens a placeholder that is not closed on its line`);
      }
      out.push(expanded);
    });
    return out.join('\n');
  }

  private placeholder(body: string, where: string, args: ReadonlyMap<string, string>, chain: readonly string[]): string {
    const trimmed = body.trim();
    if (trimmed.startsWith('>')) return this.include(trimmed.slice(1).trim(), where, chain);
    const arg = args.get(trimmed);
    if (arg !== undefined) return arg;
    const list = WRITTEN_IN.get(trimmed);
    if (list !== undefined) return list();
    const known = [...args.keys(), ...CYPHER_LISTS].map((k) => `{{${k}}}`).join(', ');
    throw new CypherTemplateError(
      `${where}: {{${body}}} is left unexpanded: it is not an argument of this fragment or a list the loader knows (${known})`,
    );
  }

  /** `{{> name a=x b=y}}`: the fragment's text with its {{a}} and {{b}} replaced; it must use exactly the arguments given. */
  private include(spec: string, where: string, chain: readonly string[]): string {
    const [name = '', ...words] = spec.split(/\s+/);
    if (!FRAGMENT_NAME.test(name)) {
      throw new CypherTemplateError(`${where}: {{> ${spec}}} names no fragment (expected {{> fragment-name arg=value …}})`);
    }
    const file = `${FRAGMENTS}/${name}.cypher`;
    if (chain.includes(name)) {
      throw new CypherTemplateError(`${where}: fragment "${name}" includes itself (${[...chain, name].join(' → ')})`);
    }
    const args = new Map<string, string>();
    for (const word of words) {
      const arg = ARGUMENT.exec(word);
      if (!arg?.[1] || !arg[2]) {
        const expected = 'expected name=value, the value without spaces';
        throw new CypherTemplateError(`${where}: {{> ${spec}}}: "${word}" is not an argument (${expected})`);
      }
      if (args.has(arg[1])) throw new CypherTemplateError(`${where}: {{> ${spec}}} gives ${arg[1]} twice`);
      args.set(arg[1], arg[2]);
    }
    let text: string;
    try {
      text = this.read(file);
    } catch (error) {
      const absent = error instanceof Error && 'code' in error && error.code === 'ENOENT';
      throw new CypherTemplateError(
        absent
          ? `${where}: fragment "${name}" not found: ${this.display(file)} does not exist`
          : `${where}: fragment "${name}": ${this.display(file)} cannot be read (${String(error)})`,
      );
    }
    const wanted = argumentNames(text);
    const missing = [...wanted].filter((a) => !args.has(a));
    const extra = [...args.keys()].filter((a) => !wanted.has(a));
    if (missing.length > 0 || extra.length > 0) {
      const problems = [
        ...(missing.length > 0 ? [`needs ${missing.map((a) => `${a}=…`).join(' ')}`] : []),
        ...(extra.length > 0 ? [`does not take ${extra.join(', ')}`] : []),
      ];
      const takes = wanted.size > 0 ? [...wanted].map((a) => `{{${a}}}`).join(', ') : 'no arguments';
      throw new CypherTemplateError(`${where}: fragment "${name}" ${problems.join(' and ')} (${this.display(file)} uses ${takes})`);
    }
    // A fragment's last line break is the end of its file, not part of the text it stands for.
    return this.expand(text, { file: this.display(file), includedFrom: where }, args, [...chain, name]).replace(/\n+$/, '');
  }
}

const loader = new CypherLoader(CYPHER_DIR, 'cypher');

/** The text of cypher/NAME.cypher (NAME may include a folder: "seed/nodes"), comment lines left out, fragments expanded. */
export function cypher(name: string): string {
  return loader.query(name);
}

/** Split a file of several statements (schema.cypher) on the semicolons that end them. */
export function statements(text: string): string[] {
  return withoutCommentLines(text)
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
