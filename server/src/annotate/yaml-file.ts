// One annotation file as the yaml Document API holds it, edited in place: items added, changed and
// removed on the Document, so comments and order stay. The text written back is the old text with
// only the changed items' lines replaced (every other byte as it was), read back to check that it
// says exactly what the edited Document says; when the file's layout does not allow that (flow
// lists, an empty section), the whole Document is printed instead, which keeps comments and order
// but may respace a flow list.
import { type Document, isMap, isScalar, isSeq, LineCounter, parseDocument, Scalar, stringify, YAMLMap, YAMLSeq } from 'yaml';

const TO_STRING = { lineWidth: 0, flowCollectionPadding: true } as const;

export type Section = 'nodes' | 'edges';

/** The order of an item's fields in the annotation files (README, the ingest drafts). */
const FIELD_ORDER = [
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
  'negative',
  'properties',
  'review',
  'rule',
  'confidence',
  'evidence',
];

export interface EvidenceValue {
  paragraph: number;
  quote: string;
}

export type FieldValue = string | number | boolean | string[] | Record<string, string | number> | EvidenceValue[];

export class YamlFileError extends Error {
  override name = 'YamlFileError';
}

export class AnnotationYaml {
  private readonly changed = new Set<YAMLMap>();
  private readonly removed: YAMLMap[] = [];

  private constructor(
    private readonly doc: Document,
    private readonly original: string | null,
    private readonly counter: LineCounter,
  ) {}

  /** The file's text, or null for a file that does not exist yet (a new one names its document). */
  static parse(text: string | null, file: string, document: string): AnnotationYaml {
    const counter = new LineCounter();
    const source =
      text ?? `# Annotation of documents/${document}.txt, written in annotate mode (npm run annotate).\ndocument: ${document}\n`;
    const doc = parseDocument(source, { lineCounter: counter, uniqueKeys: true });
    if (doc.errors.length > 0 || !isMap(doc.contents)) {
      const reason = doc.errors[0]?.message.split('\n')[0] ?? 'it is not a mapping with document, nodes and edges';
      throw new YamlFileError(`${file} cannot be read as YAML (${reason}): fix it in an editor first.`);
    }
    return new AnnotationYaml(doc, text, counter);
  }

  /** The items of a section (maps only: the seed refuses anything else, and reports where). */
  items(section: Section): YAMLMap[] {
    const seq = this.doc.get(section, true);
    return isSeq(seq) ? seq.items.filter((item): item is YAMLMap => isMap(item)) : [];
  }

  /** An item as plain data, for reading its fields. */
  static plain(item: YAMLMap): Record<string, unknown> {
    const value: unknown = item.toJSON();
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.fromEntries(Object.entries(value)) : {};
  }

  /** A new item at the end of its section, or right after `after` (the last item of its kind, so it lands in its group). */
  add(section: Section, fields: Readonly<Record<string, FieldValue | undefined>>, after?: YAMLMap): YAMLMap {
    let seq = this.doc.get(section, true);
    if (seq === undefined || seq === null || (isScalar(seq) && seq.value === null)) {
      seq = new YAMLSeq();
      const key = new Scalar(section);
      key.spaceBefore = true;
      this.doc.add(this.doc.createPair(key, seq));
    }
    if (!isSeq(seq)) throw new YamlFileError(`${section} is not a list in this file: fix it in an editor first.`);
    // `nodes: []` becomes a block list: items are written one field a line, as everywhere else.
    if (seq.flow && seq.items.length === 0) seq.flow = false;
    const item = new YAMLMap();
    for (const [key, value] of Object.entries(fields)) if (value !== undefined) this.set(item, key, value);
    const index = after ? seq.items.indexOf(after) : -1;
    if (index >= 0) seq.items.splice(index + 1, 0, item);
    else seq.items.push(item);
    return item;
  }

  /** Sets a field of an item: in place when it has one, else where the field order puts it. */
  set(item: YAMLMap, key: string, value: FieldValue): void {
    const node = this.valueNode(key, value);
    const pairs = item.items;
    const existing = pairs.find((p) => isScalar(p.key) && p.key.value === key);
    if (existing) existing.value = node;
    else {
      const rank = FIELD_ORDER.indexOf(key);
      const before = pairs.findIndex((p) => {
        const other = FIELD_ORDER.indexOf(isScalar(p.key) ? String(p.key.value) : '');
        return rank >= 0 && other > rank;
      });
      const pair = this.doc.createPair(key, node);
      if (before < 0) pairs.push(pair);
      else pairs.splice(before, 0, pair);
    }
    this.changed.add(item);
  }

  delete(item: YAMLMap, key: string): void {
    if (item.delete(key)) this.changed.add(item);
  }

  /** Appends a quote to the item's evidence list (made when it has none). */
  addEvidence(item: YAMLMap, evidence: EvidenceValue): void {
    const seq = item.get('evidence', true);
    if (isSeq(seq)) seq.items.push(this.evidenceNode(evidence));
    else this.set(item, 'evidence', [evidence]);
    this.changed.add(item);
  }

  remove(section: Section, item: YAMLMap): void {
    const seq = this.doc.get(section, true);
    if (!isSeq(seq)) return;
    const index = seq.items.indexOf(item);
    if (index < 0) return;
    seq.items.splice(index, 1);
    // A comment above the item (a group's heading) stays: on the next item, or after the list.
    if (item.commentBefore) {
      const next = seq.items[index];
      if (isMap(next)) next.commentBefore = next.commentBefore ? `${item.commentBefore}\n${next.commentBefore}` : item.commentBefore;
      else seq.comment = seq.comment ? `${seq.comment}\n${item.commentBefore}` : item.commentBefore;
    }
    this.changed.delete(item);
    if (item.range) this.removed.push(item);
  }

  /** The file's new text: only the changed lines differ from the old text where the layout allows it. */
  toString(): string {
    const whole = tidy(this.doc.toString(TO_STRING));
    const expected = JSON.stringify(this.doc.toJS());
    const spliced = this.splice();
    if (spliced !== undefined && readsAs(spliced, expected)) return spliced;
    return readsAs(whole, expected) ? whole : this.doc.toString(TO_STRING);
  }

  private valueNode(key: string, value: FieldValue) {
    if (key === 'evidence' && Array.isArray(value)) {
      const seq = new YAMLSeq();
      for (const e of value) if (typeof e === 'object') seq.items.push(this.evidenceNode(e));
      return seq;
    }
    const node = this.doc.createNode(value);
    if (node instanceof YAMLSeq || node instanceof YAMLMap) node.flow = true;
    return node;
  }

  private evidenceNode(e: EvidenceValue): YAMLMap {
    // Quotes are copied from the text: double quotes keep every character visible and exact.
    const quote = new Scalar(e.quote);
    quote.type = Scalar.QUOTE_DOUBLE;
    const entry = new YAMLMap();
    entry.flow = true;
    entry.add(this.doc.createPair('paragraph', e.paragraph));
    entry.add(this.doc.createPair('quote', quote));
    return entry;
  }

  /** The old text with the changed, removed and new items' lines replaced; undefined when the layout does not allow it. */
  private splice(): string | undefined {
    const text = this.original;
    if (text === null) return undefined;
    const edits: { from: number; to: number; text: string }[] = [];
    const lines = (item: YAMLMap) => {
      const range = item.range;
      if (!range) return undefined;
      const from = text.lastIndexOf('\n', range[0] - 1) + 1;
      const newline = text.indexOf('\n', Math.max(range[1] - 1, range[0]));
      return { from, to: newline < 0 ? text.length : newline };
    };
    for (const item of this.removed) {
      const at = lines(item);
      if (!at) return undefined;
      edits.push({ from: at.from, to: Math.min(at.to + 1, text.length), text: '' });
    }
    for (const section of ['nodes', 'edges'] as const) {
      const seq = this.doc.get(section, true);
      if (!isSeq(seq)) continue;
      if (seq.flow || !seq.range) {
        if (seq.items.some((i) => isMap(i) && (this.changed.has(i) || !i.range))) return undefined;
        continue;
      }
      const column = this.counter.linePos(seq.range[0]).col - 1;
      let anchor: number | undefined;
      const pending: YAMLMap[] = [];
      const flush = () => {
        if (pending.length === 0) return true;
        if (anchor === undefined) return false;
        edits.push({ from: anchor, to: anchor, text: `\n${pending.map((i) => itemText(i, column)).join('\n')}` });
        pending.length = 0;
        return true;
      };
      for (const item of seq.items) {
        if (!isMap(item)) continue;
        const at = lines(item);
        if (!at) {
          pending.push(item);
          continue;
        }
        // A new item before the first old one has no line to follow: print the Document instead.
        if (!flush()) return undefined;
        if (this.changed.has(item)) edits.push({ from: at.from, to: at.to, text: itemText(item, column) });
        anchor = at.to;
      }
      if (!flush()) return undefined;
    }
    let out = text;
    for (const edit of edits.sort((a, b) => b.from - a.from || b.to - a.to)) out = out.slice(0, edit.from) + edit.text + out.slice(edit.to);
    return out;
  }
}

/** One item as the lines of a block list at `column`, without the comment before it (that stays where it is). */
function itemText(item: YAMLMap, column: number): string {
  const copy = item.clone();
  copy.commentBefore = null;
  copy.spaceBefore = false;
  return tidy(stringify([copy], TO_STRING))
    .trimEnd()
    .split('\n')
    .map((line) => (line === '' ? line : ' '.repeat(column) + line))
    .join('\n');
}

/** Flow lists as the files write them, `[Mr. Caley]` (the printer pads them like the evidence maps, `{ paragraph: … }`). */
function tidy(text: string): string {
  return text.replace(/^(\s*(?:- )?[A-Za-z_]+: )\[ (.*) \]$/gm, '$1[$2]');
}

function readsAs(text: string, expected: string): boolean {
  const doc = parseDocument(text);
  return doc.errors.length === 0 && JSON.stringify(doc.toJS()) === expected;
}
