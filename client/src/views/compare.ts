// "Compare witnesses": pick an entity or event, and read what each document's witnesses claim
// about it side by side, one column per document; the pairs the API lists as disagreeing (or
// agreeing) are marked on both claims and listed with both quotes under the columns. Selecting a
// claim selects it in the graph (and its evidence opens in the details panel). The chosen document
// (the header's picker) narrows the subjects and pairs to those it cites.
import type { Claim, Disagreement, DocumentInfo, Evidence, NodeRef } from '../api.ts';
import type { AppContext } from '../context.ts';
import { documentShortName, paragraphRef } from '../document-label.ts';
import { h } from '../dom.ts';
import { kindSwatch } from '../legend.ts';
import { pending, Resources } from '../resource.ts';
import type { ViewState } from '../state.ts';
import './compare.css';

/** A node claims are about, with how many claims and documents speak of it. */
export interface Subject {
  node: NodeRef;
  claims: number;
  documents: number;
}

/** Every node some claim is about, those most documents speak of first (then more claims, then by name). */
export function compareSubjects(claims: readonly Claim[]): Subject[] {
  const subjects = new Map<string, { node: NodeRef; claims: Set<string>; documents: Set<string> }>();
  for (const claim of claims) {
    for (const about of claim.about) {
      const s = subjects.get(about.id) ?? { node: about, claims: new Set(), documents: new Set() };
      s.claims.add(claim.id);
      for (const e of claim.evidence) s.documents.add(e.document);
      subjects.set(about.id, s);
    }
  }
  return [...subjects.values()]
    .map((s) => ({ node: s.node, claims: s.claims.size, documents: s.documents.size }))
    .sort((a, b) => b.documents - a.documents || b.claims - a.claims || a.node.name.localeCompare(b.node.name));
}

export interface CompareColumn {
  document: string;
  /** Each claim the document cites, with its evidence from this document only, by first paragraph */
  claims: Array<{ claim: Claim; evidence: Evidence[] }>;
}

/** One column per document citing a claim about the subject, in the order of the documents' interviews. */
export function compareColumns(claims: readonly Claim[], documentOrder: readonly string[]): CompareColumn[] {
  const columns = new Map<string, CompareColumn>();
  for (const claim of claims) {
    const byDocument = new Map<string, Evidence[]>();
    for (const e of claim.evidence) byDocument.set(e.document, [...(byDocument.get(e.document) ?? []), e]);
    for (const [document, evidence] of byDocument) {
      const column = columns.get(document) ?? { document, claims: [] };
      column.claims.push({ claim, evidence });
      columns.set(document, column);
    }
  }
  const rank = (d: string) => {
    const i = documentOrder.indexOf(d);
    return i === -1 ? documentOrder.length : i;
  };
  const first = (x: { evidence: Evidence[] }) => Math.min(...x.evidence.map((e) => e.paragraph));
  return [...columns.values()]
    .sort((a, b) => rank(a.document) - rank(b.document) || a.document.localeCompare(b.document))
    .map((c) => ({ ...c, claims: [...c.claims].sort((a, b) => first(a) - first(b) || a.claim.id.localeCompare(b.claim.id)) }));
}

const KIND_WORDS: Record<Disagreement['kind'], { label: string; mark: string; disagree: boolean }> = {
  CONTRADICTS: { label: 'Contradicts', mark: '≠', disagree: true },
  CORROBORATES: { label: 'Corroborates', mark: '=', disagree: false },
  NEGATION: { label: 'Possible disagreement', mark: '≠?', disagree: true },
  STANCE: { label: 'Possible disagreement', mark: '≠?', disagree: true },
};

/** The marks a claim carries: each pair it is in, with the other side's claim and who said it. */
export function pairsOf(claimId: string, pairs: readonly Disagreement[]): Array<{ pair: Disagreement; other: Disagreement['first'] }> {
  return pairs.flatMap((pair) =>
    pair.first.claim.id === claimId
      ? [{ pair, other: pair.second }]
      : pair.second.claim.id === claimId
        ? [{ pair, other: pair.first }]
        : [],
  );
}

/** Resources are keyed by text: the subject and the document, '' for none. */
const keyOf = (about: string | null, document: string | null) => `${about ?? ''}\n${document ?? ''}`;
function parseKey(key: string): { about: string | null; document: string | null } {
  const [about = '', document = ''] = key.split('\n');
  return { about: about === '' ? null : about, document: document === '' ? null : document };
}

export class CompareView {
  private readonly claims: Resources<Claim[]>;
  private readonly pairs: Resources<Disagreement[]>;

  constructor(
    private readonly ctx: AppContext,
    refresh: () => void,
  ) {
    this.claims = new Resources((key) => {
      const { about, document } = parseKey(key);
      return ctx.api.claims(about, document);
    }, refresh);
    this.pairs = new Resources((key) => {
      const { about, document } = parseKey(key);
      return ctx.api.disagreements(about, document);
    }, refresh);
  }

  render(state: ViewState): HTMLElement {
    const holder = h(
      'div',
      { class: 'compare' },
      h('h2', {}, 'Compare witnesses'),
      h(
        'p',
        { class: 'lead' },
        'Choose what the claims are about: each document’s claims stand in a column, and pairs that disagree are marked.',
      ),
    );
    const allKey = keyOf(null, state.document);
    const all = this.claims.get(allKey);
    const waiting = pending(all, 'the claims', () => this.claims.retry(allKey));
    if (waiting || all.status !== 'ok') {
      holder.append(waiting ?? '');
      return holder;
    }
    const subjects = compareSubjects(all.value);
    if (subjects.length === 0) {
      holder.append(h('p', { class: 'muted' }, 'No claims are recorded about anything here.'));
      return holder;
    }
    const selected = state.selection?.type === 'node' ? state.selection.id : null;
    const about =
      subjects.find((s) => s.node.id === state.compareAbout) ??
      subjects.find((s) => s.node.id === selected) ??
      // The subject most documents speak of: where witnesses can be compared at all.
      subjects[0];
    if (!about) return holder;
    holder.append(subjectPicker(subjects, about.node.id, state.compareAbout, this.ctx));
    const key = keyOf(about.node.id, state.document);
    const claims = this.claims.get(key);
    const pairs = this.pairs.get(key);
    const still =
      pending(claims, 'the claims', () => this.claims.retry(key)) ?? pending(pairs, 'the disagreements', () => this.pairs.retry(key));
    if (still || claims.status !== 'ok' || pairs.status !== 'ok') {
      holder.append(still ?? '');
      return holder;
    }
    const order = [...this.ctx.documents.values()]
      .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
      .map((d) => d.id);
    const columns = compareColumns(claims.value, order);
    holder.append(
      h(
        'div',
        { class: 'compare-columns', id: 'compare-columns', role: 'list', 'aria-label': `Claims about ${about.node.name}, by document` },
        ...columns.map((c) => column(c, pairs.value, selected, this.ctx)),
      ),
      pairList(pairs.value, about.node, this.ctx),
    );
    return holder;
  }
}

function subjectPicker(subjects: readonly Subject[], shown: string, chosen: string | null, ctx: AppContext): HTMLElement {
  const select = h(
    'select',
    {
      id: 'compare-about',
      onChange: (event: Event) => {
        const target = event.target;
        if (target instanceof HTMLSelectElement) ctx.dispatch({ type: 'compare', about: target.value });
      },
    },
    ...subjects.map((s) =>
      h(
        'option',
        { value: s.node.id, selected: s.node.id === shown },
        `${s.node.name} (${s.node.kind}): ${s.claims} claim${s.claims === 1 ? '' : 's'}, ${s.documents} document${s.documents === 1 ? '' : 's'}`,
      ),
    ),
  );
  return h(
    'div',
    { class: 'compare-picker' },
    h('label', { for: 'compare-about' }, 'Claims about'),
    select,
    chosen !== null && chosen !== shown
      ? h(
          'p',
          { class: 'muted small' },
          `No claims here are about “${chosen}”; showing ${subjects.find((s) => s.node.id === shown)?.node.name ?? shown}.`,
        )
      : '',
  );
}

function documentHeading(document: string, documents: ReadonlyMap<string, DocumentInfo>): HTMLElement {
  const doc = documents.get(document);
  return h(
    'h3',
    { class: 'column-head', title: doc?.title ?? document },
    doc ? documentShortName(doc) : document,
    doc ? h('span', { class: 'col-meta' }, `interviewed ${doc.date}`) : '',
  );
}

function column(c: CompareColumn, pairs: readonly Disagreement[], selected: string | null, ctx: AppContext): HTMLElement {
  return h(
    'section',
    { class: 'compare-column', role: 'listitem', 'data-document': c.document },
    documentHeading(c.document, ctx.documents),
    ...c.claims.map(({ claim, evidence }) => {
      const marks = pairsOf(claim.id, pairs);
      const disputed = marks.some((m) => KIND_WORDS[m.pair.kind].disagree);
      return h(
        'article',
        {
          class: ['claim-card', claim.negative ? 'negative' : '', disputed ? 'disputed' : '', claim.id === selected ? 'selected' : '']
            .filter(Boolean)
            .join(' '),
          'data-claim': claim.id,
        },
        h(
          'button',
          {
            type: 'button',
            class: 'link-button claim-name',
            'aria-pressed': claim.id === selected ? 'true' : 'false',
            onClick: () => ctx.dispatch({ type: 'select', selection: { type: 'node', id: claim.id } }),
          },
          kindSwatch('Claim', 12, claim.negative),
          ` ${claim.negative ? '⊘ ' : ''}${claim.name}`,
        ),
        claim.by.length > 0 && h('p', { class: 'muted small' }, `stated by ${claim.by.map((b) => b.name).join(', ')}`),
        ...evidence.map((e) => quote(e, ctx)),
        ...markLines(marks, ctx),
      );
    }),
  );
}

/**
 * The marks on a claim card: each annotated pair on its own line; the candidates (found, not
 * annotated) in one line per kind, each other claim a link, so a much-discussed claim stays short.
 */
function markLines(marks: ReturnType<typeof pairsOf>, ctx: AppContext): HTMLElement[] {
  const link = (other: Disagreement['first']) =>
    h(
      'button',
      {
        type: 'button',
        class: 'link-button',
        onClick: () => ctx.dispatch({ type: 'select', selection: { type: 'node', id: other.claim.id } }),
      },
      other.by.length > 0 ? `${other.by.map((b) => b.name).join(', ')}: ${other.claim.name}` : other.claim.name,
    );
  const line = (kind: Disagreement['kind'], group: ReturnType<typeof pairsOf>) => {
    const words = KIND_WORDS[kind];
    return h(
      'div',
      { class: `pair-mark ${words.disagree ? 'disagrees' : 'agrees'}`, title: group.map((m) => m.pair.reason).join('\n') },
      h('span', { class: 'pair-symbol', 'aria-hidden': 'true' }, words.mark),
      ` ${words.label}: `,
      h('ul', { class: 'pair-others' }, ...group.map((m) => h('li', {}, link(m.other)))),
    );
  };
  const annotated = marks.filter((m) => m.pair.kind === 'CONTRADICTS' || m.pair.kind === 'CORROBORATES').map((m) => line(m.pair.kind, [m]));
  const candidates = marks.filter((m) => m.pair.kind === 'NEGATION' || m.pair.kind === 'STANCE');
  return candidates.length === 0 ? annotated : [...annotated, line('NEGATION', candidates)];
}

/** A quote with its document and paragraph ("Ishmael ¶5"), a link that opens the paragraph in the reader. */
function quote(e: Evidence, ctx: AppContext): HTMLElement {
  const ref = paragraphRef(ctx.documents, e.document, e.paragraph);
  const reader = ctx.reader;
  const link = reader
    ? h('a', { class: 'para-ref', href: reader.href(e.document, e.paragraph), title: `${ref.title}: read it in context` }, ref.text)
    : h('span', { class: 'para-ref', title: ref.title }, ref.text);
  link.addEventListener('click', (event) => {
    if (!reader) return;
    event.preventDefault();
    reader.open(e.document, e.paragraph);
  });
  return h('blockquote', { class: 'claim-quote' }, `“${e.quote}” `, link);
}

/** The pairs in full: why each is listed, and both sides with their quotes. */
function pairList(pairs: readonly Disagreement[], about: NodeRef, ctx: AppContext): HTMLElement {
  const side = (s: Disagreement['first']) =>
    h(
      'div',
      { class: `pair-side${s.claim.negative ? ' negative' : ''}` },
      h(
        'button',
        {
          type: 'button',
          class: 'link-button claim-name',
          onClick: () => ctx.dispatch({ type: 'select', selection: { type: 'node', id: s.claim.id } }),
        },
        `${s.claim.negative ? '⊘ ' : ''}${s.claim.name}`,
      ),
      s.by.length > 0 && h('span', { class: 'muted small' }, ` (${s.by.map((b) => b.name).join(', ')})`),
      ...s.evidence.map((e) => quote(e, ctx)),
    );
  return h(
    'section',
    { class: 'pair-list', id: 'compare-pairs', 'aria-label': `Where witnesses disagree about ${about.name}` },
    h('h3', {}, 'Where they disagree or agree'),
    pairs.length === 0
      ? h('p', { class: 'muted small' }, `No pair of claims about ${about.name} is annotated or found to disagree.`)
      : h(
          'ol',
          {},
          ...pairs.map((pair) => {
            const words = KIND_WORDS[pair.kind];
            return h(
              'li',
              { class: `pair ${words.disagree ? 'disagrees' : 'agrees'}`, 'data-kind': pair.kind },
              h('p', { class: 'pair-head' }, h('strong', {}, `${words.mark} ${words.label}`), ` · ${pair.reason}`),
              h('div', { class: 'pair-sides' }, side(pair.first), side(pair.second)),
            );
          }),
        ),
  );
}
