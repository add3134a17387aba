// Collects what the rules propose for one document: nodes (new, or linked to a known id), edges the
// model allows, and the mentions coreference looks back at. Every quote is checked against its
// paragraph here, so no rule can hand out a quote that is not an exact substring.
import { RELATIONS, type Document, type NodeKind, type PropertyValue, type RelationType } from '../../../graph/src/model.ts';
import type { DraftEdge, DraftEvidence, DraftNode } from './types.ts';
import { lookup, type KnownEntity, type KnownIndex } from './known.ts';
import { looseKey, slug } from './text.ts';

export interface NodeSpec {
  kind: NodeKind;
  name: string;
  aliases?: string[];
  category?: string;
  date?: string;
  description?: string;
  properties?: Record<string, PropertyValue>;
  /** A negative fact: the node is drafted with `negative: true` */
  negative?: boolean;
  /** Link to this known entity instead of looking one up by name */
  known?: KnownEntity;
  /** Never link by name (an unnamed role, a claim): its name is a description */
  descriptive?: boolean;
}

/** A place in the document where an entity is named, for coreference. */
export interface MentionRecord {
  id: string;
  kind: NodeKind;
  paragraph: number;
  start: number;
  end: number;
  /** Document order */
  order: number;
  category?: string;
  named: boolean;
}

export class DraftBuilder {
  readonly nodes = new Map<string, DraftNode>();
  readonly edges = new Map<string, DraftEdge>();
  readonly mentions: MentionRecord[] = [];
  /** Names and aliases that mean an entity in this document only, by loose key */
  private readonly local = new Map<string, string>();
  /** Loose keys of every name and alias the known entities claim, whichever id */
  private readonly claimed: Map<string, string>;
  private readonly texts: Map<number, string>;

  constructor(
    readonly document: Document,
    readonly known: KnownIndex,
  ) {
    this.texts = new Map(document.paragraphs.map((p) => [p.number, p.text]));
    this.claimed = new Map();
    for (const e of known.entities) for (const label of [e.name, ...e.aliases]) this.claimed.set(looseKey(label), e.id);
  }

  text(paragraph: number): string {
    const t = this.texts.get(paragraph);
    if (t === undefined) throw new Error(`paragraph [${paragraph}] is not in ${this.document.id}`);
    return t;
  }

  /** Evidence for a stretch of a paragraph; throws if the quote is not exactly there (a bug in a rule). */
  evidence(paragraph: number, start: number, end: number): DraftEvidence {
    const quote = this.text(paragraph).slice(start, end).trim();
    return this.quote(paragraph, quote);
  }

  quote(paragraph: number, quote: string): DraftEvidence {
    if (quote.length < 3 || !this.text(paragraph).includes(quote)) {
      throw new Error(`drafter bug: quote "${quote}" is not in paragraph [${paragraph}] of ${this.document.id}`);
    }
    return { paragraph, quote };
  }

  /** The id a name means in this document already (a defined term, a surname), if any. */
  localId(name: string): string | undefined {
    return this.local.get(looseKey(name));
  }

  defineLocal(name: string, id: string): void {
    const key = looseKey(name);
    if (key !== '' && !this.local.has(key)) this.local.set(key, id);
  }

  /** Propose a node, or add evidence to the one it is; returns its id. */
  node(spec: NodeSpec, evidence: DraftEvidence, rule: string, confidence: number): string {
    const known = spec.known ?? (spec.descriptive ? undefined : lookup(this.known, spec.name, spec.kind));
    if (known) return this.linked(known, evidence, rule, confidence);
    const localId = spec.descriptive ? this.local.get(`${spec.kind}:${looseKey(spec.name)}`) : this.localId(spec.name);
    const existing = localId ? this.nodes.get(localId) : undefined;
    if (existing && existing.kind === spec.kind) {
      this.addEvidence(existing.evidence, evidence);
      return existing.id;
    }
    let name = spec.name;
    if (this.claimed.has(looseKey(name)) || (existing && existing.kind !== spec.kind)) name = `${name} (${spec.kind})`;
    const id = this.freshId(slug(name));
    const aliases = (spec.aliases ?? []).filter((a) => a !== name && !this.claimed.has(looseKey(a)) && !this.local.has(looseKey(a)));
    const node: DraftNode = {
      id,
      kind: spec.kind,
      name,
      ...(aliases.length ? { aliases } : {}),
      ...(spec.category ? { category: spec.category } : {}),
      ...(spec.date ? { date: spec.date } : {}),
      ...(spec.description ? { description: spec.description } : {}),
      ...(spec.properties ? { properties: spec.properties } : {}),
      ...(spec.negative ? { negative: true as const } : {}),
      evidence: [evidence],
      review: 'draft',
      rule,
      confidence,
    };
    this.nodes.set(id, node);
    if (spec.descriptive) this.local.set(`${spec.kind}:${looseKey(spec.name)}`, id);
    else this.defineLocal(spec.name, id);
    for (const a of aliases) this.defineLocal(a, id);
    return id;
  }

  /** A known entity named here: its id, kind and name exactly, and only this document's evidence. */
  linked(known: KnownEntity, evidence: DraftEvidence, rule: string, confidence: number): string {
    const existing = this.nodes.get(known.id);
    if (existing) {
      this.addEvidence(existing.evidence, evidence);
    } else {
      this.nodes.set(known.id, {
        id: known.id,
        kind: known.kind,
        name: known.name,
        evidence: [evidence],
        review: 'draft',
        rule,
        confidence,
      });
    }
    return known.id;
  }

  /** Add evidence to a node this draft already has, or link the known entity with that id. */
  cite(id: string, evidence: DraftEvidence, rule: string, confidence: number): void {
    const node = this.nodes.get(id);
    if (node) this.addEvidence(node.evidence, evidence);
    else {
      const known = this.known.byId.get(id);
      if (known) this.linked(known, evidence, rule, confidence);
    }
  }

  /** Add an alias to a node this document defines (not to a linked one: its names are its own file's). */
  addAlias(id: string, alias: string): void {
    const node = this.nodes.get(id);
    this.defineLocal(alias, id);
    if (!node || this.known.byId.has(id) || alias === node.name || this.claimed.has(looseKey(alias))) return;
    if (this.local.get(looseKey(alias)) !== id) return;
    if (!(node.aliases ?? []).includes(alias)) node.aliases = [...(node.aliases ?? []), alias];
  }

  kindOf(id: string): NodeKind | undefined {
    return this.nodes.get(id)?.kind ?? this.known.byId.get(id)?.kind;
  }

  /** Propose an edge if the model allows it between these kinds; returns whether it did. */
  edge(
    type: RelationType,
    source: string,
    target: string,
    evidence: DraftEvidence,
    rule: string,
    confidence: number,
    properties?: Record<string, PropertyValue>,
    negative = false,
  ): boolean {
    const rel = RELATIONS[type];
    const sk = this.kindOf(source);
    const tk = this.kindOf(target);
    if (!sk || !tk || source === target) return false;
    if (!(rel.source as readonly NodeKind[]).includes(sk) || !(rel.target as readonly NodeKind[]).includes(tk)) return false;
    const requires: Record<string, string> = 'requires' in rel ? rel.requires : {};
    if (Object.entries(requires).some(([k, t]) => typeof properties?.[k] !== t)) return false;
    const role = type === 'HELD_ROLE' && typeof properties?.role === 'string' ? properties.role : undefined;
    const base = `${source}--${type.toLowerCase().replace(/_/g, '-')}--${target}`;
    const id = role ? `${base}--${slug(role)}` : negative ? `${base}--negative` : base;
    const existing = this.edges.get(id);
    if (existing) {
      this.addEvidence(existing.evidence, evidence);
      return true;
    }
    this.edges.set(id, {
      ...(role || negative ? { id } : {}),
      type,
      source,
      target,
      ...(properties && Object.keys(properties).length ? { properties } : {}),
      ...(negative ? { negative: true as const } : {}),
      evidence: [evidence],
      review: 'draft',
      rule,
      confidence,
    });
    return true;
  }

  hasEdge(type: RelationType, source: string, target: string): boolean {
    return this.edges.has(`${source}--${type.toLowerCase().replace(/_/g, '-')}--${target}`);
  }

  mention(record: Omit<MentionRecord, 'order'>): void {
    this.mentions.push({ ...record, order: record.paragraph * 1_000_000 + record.start });
  }

  /** The last mention before a place (paragraph, offset) that fits. */
  last(paragraph: number, before: number, fits: (m: MentionRecord) => boolean): MentionRecord | undefined {
    const limit = paragraph * 1_000_000 + before;
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const m = this.mentions[i];
      if (m && m.order < limit && fits(m)) return m;
    }
    return undefined;
  }

  private addEvidence(list: DraftEvidence[], e: DraftEvidence): void {
    if (!list.some((x) => x.paragraph === e.paragraph && x.quote === e.quote)) list.push(e);
  }

  private freshId(base: string): string {
    let id = base;
    for (let i = 2; this.nodes.has(id) || this.known.byId.has(id); i++) id = `${base}-${i}`;
    return id;
  }
}
