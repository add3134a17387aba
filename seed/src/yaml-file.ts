// One way to read the seed's YAML files (annotations, entities.yaml, resolutions.yaml): parsed,
// shape-checked by a zod schema, every problem with its line, and a way to find the line of any
// value afterwards, so every later check can point a curator at the exact place to fix.
import { isMap, LineCounter, parseDocument, visit, type Document as YamlDocument } from 'yaml';
import type { z } from 'zod';
import type { Problem } from './problems.ts';

export type LineOf = (path: readonly PropertyKey[]) => number;

function lineAt(doc: YamlDocument, counter: LineCounter, path: readonly PropertyKey[]): number {
  // Walk down as far as the path exists, so a missing key points at its parent.
  for (let depth = path.length; depth >= 0; depth--) {
    const node = path.length === 0 || depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as unknown[], true);
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    if (range) return counter.linePos(range[0]).line;
  }
  return 1;
}

/** Parse `text` and check it against `schema`; `shape` says in a message what the file must be. */
export function readYamlFile<S extends z.ZodType>(
  text: string,
  file: string,
  schema: S,
  shape: string,
): { data: z.infer<S>; lineOf: LineOf; count: (path: readonly PropertyKey[]) => number } | { problems: Problem[] } {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      // Only the first: after a syntax error the parser's reading of the rest is guesswork, and one
      // misplaced tab would otherwise be reported as a screenful of errors on the lines after it.
      problems: doc.errors.slice(0, 1).map((e) => ({
        file,
        line: counter.linePos(e.pos[0]).line,
        // The parser recurses into nested collections; a file nested thousands deep exhausts the stack.
        message:
          e instanceof Error && e.message.startsWith('Maximum call stack size exceeded')
            ? 'YAML is nested too deeply to read'
            : `YAML syntax error: ${e.message.split('\n')[0]}`,
      })),
    };
  }
  if (!isMap(doc.contents)) return { problems: [{ file, line: 1, message: shape }] };
  let value: unknown;
  try {
    value = doc.toJS();
  } catch (error) {
    // The yaml library refuses aliases that expand without bound (a "billion laughs" file).
    let line = 1;
    visit(doc, {
      Alias(_key, node) {
        if (node.range) line = counter.linePos(node.range[0]).line;
        return visit.BREAK;
      },
    });
    return {
      problems: [{ file, line, message: `YAML aliases cannot be expanded: ${error instanceof Error ? error.message : String(error)}` }],
    };
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    return {
      problems: parsed.error.issues.map((issue) => ({
        file,
        // An unknown key is reported on its parent: point at the key itself.
        line: lineAt(doc, counter, issue.code === 'unrecognized_keys' ? [...issue.path, ...issue.keys.slice(0, 1)] : issue.path),
        message: `${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`,
      })),
    };
  }
  return {
    data: parsed.data,
    lineOf: (path) => lineAt(doc, counter, path),
    count: (path) => {
      const node = doc.getIn(path as unknown[], true);
      return node && typeof node === 'object' && 'items' in node && Array.isArray(node.items) ? node.items.length : 0;
    },
  };
}
