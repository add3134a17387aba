// Builds one synthetic interview summary and its annotation file together, so every citation is
// checked against the paragraph's text the moment it is written, not when the seed rejects it.
// The text is written in its repaired form first; the PDF-extraction artefacts the real parser
// repairs (a paragraph split by a page break, a bullet before [n], a stray ". .") are added only
// to the raw text, so the parser must undo them for the citations to match.
import type { Rng } from './prng.ts';

export interface EvidenceDef {
  paragraph: number;
  quote: string;
}

export interface NodeDef {
  id: string;
  kind: string;
  name: string;
  category?: string;
  aliases?: string[];
  description?: string;
  date?: string;
  properties?: Record<string, string | number | boolean>;
  /** A negative fact: written `negative: true` (the seed refuses it among the properties) */
  negative?: boolean;
  evidence: EvidenceDef[];
}

export interface EdgeDef {
  type: string;
  source: string;
  target: string;
  properties?: Record<string, string | number | boolean>;
  evidence: EvidenceDef[];
}

/** How often each artefact is added to a paragraph (per paragraph, from the document's PRNG). */
const ARTEFACTS = { bullet: 0.3, pageBreak: 0.15, stray: 0.08 } as const;

export class DocBuilder {
  private readonly raw: string[] = [];
  private readonly texts = new Map<number, string>();
  private readonly nodes = new Map<string, NodeDef>();
  private readonly edges: EdgeDef[] = [];
  private count = 0;
  private page = 1;

  constructor(
    readonly id: string,
    private readonly rng: Rng,
  ) {}

  line(text = ''): void {
    this.raw.push(text);
  }

  heading(number: string, title: string): void {
    this.raw.push('', `${number}${number.includes('.') ? '' : '.'} ${title}`, '');
  }

  /** Adds the next numbered paragraph from its sentences; returns its number. */
  paragraph(sentences: readonly string[]): number {
    const n = ++this.count;
    const text = sentences.join(' ');
    this.texts.set(n, text);
    const marker = this.rng.chance(ARTEFACTS.bullet) ? '- ' : '';
    const parts = [...sentences];
    // A stray full stop after a sentence, as extraction leaves at some line ends ("theirs. . There").
    if (parts.length > 1 && this.rng.chance(ARTEFACTS.stray)) {
      const i = this.rng.int(0, parts.length - 2);
      parts[i] = `${parts[i]} .`;
    }
    if (parts.length > 1 && this.rng.chance(ARTEFACTS.pageBreak)) {
      // A page break inside the paragraph: a blank line, sometimes with the page number alone on a line.
      const cut = this.rng.int(1, parts.length - 1);
      const pageNumber = this.rng.chance(0.5) ? ['', String(++this.page)] : [];
      this.raw.push(`${marker}[${n}] ${parts.slice(0, cut).join(' ')}`, ...pageNumber, '', parts.slice(cut).join(' '), '');
    } else {
      this.raw.push(`${marker}[${n}] ${parts.join(' ')}`, '');
    }
    return n;
  }

  /** Evidence for paragraph n; throws at once if the quote is not in its (repaired) text. */
  cite(paragraph: number, quote: string): EvidenceDef {
    const text = this.texts.get(paragraph);
    if (text === undefined || !text.includes(quote)) {
      throw new Error(`${this.id}: quote not in paragraph [${paragraph}]: "${quote}"`);
    }
    return { paragraph, quote };
  }

  /** Defines a node, or adds evidence to one this document already defined. */
  node(def: Omit<NodeDef, 'evidence'>, ...evidence: EvidenceDef[]): string {
    const existing = this.nodes.get(def.id);
    if (existing) existing.evidence.push(...evidence);
    else this.nodes.set(def.id, { ...def, evidence: [...evidence] });
    return def.id;
  }

  edge(type: string, source: string, target: string, evidence: EvidenceDef, properties?: EdgeDef['properties']): void {
    const same = this.edges.find((e) => e.type === type && e.source === source && e.target === target);
    if (same) same.evidence.push(evidence);
    else this.edges.push({ type, source, target, ...(properties ? { properties } : {}), evidence: [evidence] });
  }

  text(): string {
    return `${this.raw
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim()}\n`;
  }

  /** The annotation file, in the layout of seed/annotations/*.yaml (JSON strings are valid YAML). */
  yaml(): string {
    const q = (s: string) => JSON.stringify(s);
    const flow = (o: Record<string, string | number | boolean>) =>
      `{ ${Object.entries(o)
        .map(([k, v]) => `${k}: ${typeof v === 'string' ? q(v) : String(v)}`)
        .join(', ')} }`;
    const evidence = (list: readonly EvidenceDef[]) => list.map((e) => `{ paragraph: ${e.paragraph}, quote: ${q(e.quote)} }`);
    const out = [`# Synthetic benchmark data (bench/corpus.ts): not testimony.`, `document: ${this.id}`, '', 'nodes:'];
    for (const n of this.nodes.values()) {
      out.push(`  - id: ${n.id}`, `    kind: ${n.kind}`);
      if (n.category) out.push(`    category: ${n.category}`);
      out.push(`    name: ${q(n.name)}`);
      if (n.aliases?.length) out.push(`    aliases: [${n.aliases.map(q).join(', ')}]`);
      if (n.description) out.push(`    description: ${q(n.description)}`);
      if (n.date) out.push(`    date: ${q(n.date)}`);
      if (n.properties) out.push(`    properties: ${flow(n.properties)}`);
      if (n.negative) out.push('    negative: true');
      out.push('    evidence:', ...evidence(n.evidence).map((e) => `      - ${e}`));
    }
    out.push('', 'edges:');
    for (const e of this.edges) {
      const props = e.properties ? `, properties: ${flow(e.properties)}` : '';
      out.push(`  - { type: ${e.type}, source: ${e.source}, target: ${e.target}${props}, evidence: [${evidence(e.evidence).join(', ')}] }`);
    }
    return `${out.join('\n')}\n`;
  }

  counts(): { paragraphs: number; nodes: number; edges: number } {
    return { paragraphs: this.count, nodes: this.nodes.size, edges: this.edges.length };
  }
}
