// A document's draft as its annotation file, written through the yaml Document API: a new file, or
// new draft items added to an existing one without changing a byte of what it already holds.
import { Document as YamlDocument, isMap, isSeq, LineCounter, parseDocument, Scalar, stringify, YAMLMap, YAMLSeq } from 'yaml';
import type { Draft, DraftEdge, DraftNode } from '../draft/index.ts';

const TO_STRING = { lineWidth: 0, flowCollectionPadding: true } as const;

/** The key that says two edges are the same item: edges need no id, so they are matched by what they join. */
export function edgeKey(edge: { type: string; source: string; target: string }): string {
  return `${edge.type} ${edge.source} ${edge.target}`;
}

/** One item as a YAML map in the annotation files' style: fields in a fixed order, evidence as one-line maps. */
function itemNode(doc: YamlDocument, item: DraftNode | DraftEdge): YAMLMap {
  const { evidence, ...fields } = item;
  const order = [
    'id',
    'kind',
    'type',
    'source',
    'target',
    'name',
    'category',
    'aliases',
    'description',
    'date',
    'properties',
    'review',
    'rule',
    'confidence',
  ];
  const map = new YAMLMap();
  const entries = Object.entries(fields).filter(([, v]) => v !== undefined);
  entries.sort(([a], [b]) => order.indexOf(a) - order.indexOf(b));
  for (const [key, value] of entries) {
    const node = doc.createNode(value);
    if (node instanceof YAMLSeq || node instanceof YAMLMap) node.flow = true;
    map.add(doc.createPair(key, node));
  }
  const seq = new YAMLSeq();
  for (const e of evidence) {
    const quote = new Scalar(e.quote);
    // Quotes are copied from the text: double quotes keep every character visible and exact.
    quote.type = Scalar.QUOTE_DOUBLE;
    const entry = new YAMLMap();
    entry.flow = true;
    entry.add(doc.createPair('paragraph', e.paragraph));
    entry.add(doc.createPair('quote', quote));
    seq.items.push(entry);
  }
  map.add(doc.createPair('evidence', seq));
  return map;
}

function header(name: string, source: string): string {
  return [
    ` Drafted by \`npm run ingest\` from ${source}: the annotation of documents/${name}.txt.`,
    ' Every item marked `review: draft` is a proposal (its rule and confidence say why): check it',
    ' against its paragraph and quote, then delete the `review: draft` line; to reject it, make it',
    ' `review: rejected` (a deleted draft is proposed again by the next ingest). The seed leaves',
    ' drafts out unless --drafts, rejected items always. Ingesting again adds new drafts only:',
    ' reviewed items, and drafts already here, are never changed.',
  ].join('\n');
}

/** A new annotation file for a draft. */
export function newAnnotationFile(name: string, source: string, draft: Draft): string {
  const doc = new YamlDocument({ document: name });
  doc.commentBefore = header(name, source);
  const contents = doc.contents;
  if (!isMap(contents)) throw new Error('a new YAML document has a map at its root');
  for (const section of ['nodes', 'edges'] as const) {
    const seq = new YAMLSeq();
    for (const item of draft[section]) seq.items.push(itemNode(doc, item));
    const key = new Scalar(section);
    key.spaceBefore = true;
    contents.add(doc.createPair(key, seq));
  }
  return doc.toString(TO_STRING);
}

export interface Merge {
  text: string;
  added: Draft;
  /** Draft items already in the file (reviewed or not), left as they are */
  kept: number;
}

/**
 * Adds to an existing annotation file the draft items it does not have: nodes matched by id,
 * edges by type, source and target. What the file holds is never changed: new items are written
 * after the last item of each list, in the file's indentation, and the result is read back to
 * check that the old items are exactly as they were.
 */
export function mergeAnnotationFile(existing: string, file: string, draft: Draft): Merge {
  const counter = new LineCounter();
  const doc = parseDocument(existing, { lineCounter: counter, keepSourceTokens: false });
  if (doc.errors.length > 0 || !isMap(doc.contents)) {
    throw new Error(
      `${file} is not a readable annotation file (${doc.errors[0]?.message.split('\n')[0] ?? 'not a mapping'}): fix it, then ingest again`,
    );
  }
  const before: unknown = doc.toJS();
  const ids = new Set<string>();
  const keys = new Set<string>();
  const nodes = doc.get('nodes', true);
  const edges = doc.get('edges', true);
  for (const item of isSeq(nodes) ? nodes.items : []) if (isMap(item)) ids.add(String(item.get('id')));
  for (const item of isSeq(edges) ? edges.items : []) {
    if (isMap(item))
      keys.add(edgeKey({ type: String(item.get('type')), source: String(item.get('source')), target: String(item.get('target')) }));
  }
  const added: Draft = {
    nodes: draft.nodes.filter((n) => !ids.has(n.id)),
    edges: draft.edges.filter((e) => !keys.has(edgeKey(e))),
  };
  const kept = draft.nodes.length + draft.edges.length - added.nodes.length - added.edges.length;
  if (added.nodes.length + added.edges.length === 0) return { text: existing, added, kept };

  const spliced = splice(existing, doc, counter, added);
  const expected = expectedJs(before, added);
  if (spliced !== undefined && JSON.stringify(parseDocument(spliced).toJS()) === JSON.stringify(expected)) {
    return { text: spliced, added, kept };
  }
  // A layout the splice cannot follow (flow lists, no list yet): through the Document, which keeps
  // comments and order but may respace flow collections.
  for (const section of ['nodes', 'edges'] as const) {
    if (added[section].length === 0) continue;
    let seq = doc.get(section, true);
    if (!isSeq(seq)) {
      seq = new YAMLSeq();
      doc.set(section, seq);
    }
    if (!isSeq(seq)) throw new Error(`${file}: ${section} is not a list`);
    for (const item of added[section]) seq.items.push(itemNode(doc, item));
  }
  return { text: doc.toString(TO_STRING), added, kept };
}

/** The file's items as plain values with the new ones after them: what the written file must read as. */
function expectedJs(before: unknown, added: Draft): unknown {
  const scratch = new YamlDocument({});
  const expected: Record<string, unknown> = typeof before === 'object' && before !== null ? { ...before } : {};
  for (const section of ['nodes', 'edges'] as const) {
    if (added[section].length === 0) continue;
    const old = expected[section];
    expected[section] = [...(Array.isArray(old) ? old : []), ...added[section].map((i) => itemNode(scratch, i).toJSON())];
  }
  return expected;
}

/** The text with the new items inserted after the last item of each block list, or undefined when a list is not one. */
function splice(text: string, doc: YamlDocument, counter: LineCounter, added: Draft): string | undefined {
  const inserts: { at: number; text: string }[] = [];
  for (const section of ['nodes', 'edges'] as const) {
    if (added[section].length === 0) continue;
    const seq = doc.get(section, true);
    if (!isSeq(seq) || seq.flow || seq.items.length === 0 || !seq.range) return undefined;
    const column = counter.linePos(seq.range[0]).col - 1;
    const scratch = new YamlDocument(null);
    const body = stringify(
      added[section].map((item) => itemNode(scratch, item)),
      TO_STRING,
    );
    const indented = body
      .trimEnd()
      .split('\n')
      .map((line) => (line === '' ? line : ' '.repeat(column) + line))
      .join('\n');
    // After the last item's value: comments that follow the list stay after it.
    const end = seq.range[1];
    const lineEnd = text.indexOf('\n', end - 1);
    const at = lineEnd < 0 ? text.length : lineEnd;
    inserts.push({ at, text: `\n${indented}` });
  }
  let out = text;
  for (const insert of inserts.sort((a, b) => b.at - a.at)) out = out.slice(0, insert.at) + insert.text + out.slice(insert.at);
  return out.endsWith('\n') ? out : `${out}\n`;
}
