// The header names the corpus, not one document: how many interview summaries, witnesses and facts
// it holds, and a document picker (every document, or one) whose choice filters every view through
// the API's `document:` arguments and is kept in the link (state.document).
import type { DocumentInfo } from './api.ts';
import { documentShortName } from './document-label.ts';
import { byId, h, replace } from './dom.ts';
import type { Action } from './state.ts';
import type { Store } from './store.ts';
import './header.css';

/** What the header's two lines say. */
export interface HeaderText {
  title: string;
  meta: string;
  /** The Interview node of the one document named, which the line's first part links to */
  interview: { id: string; text: string } | null;
}

/** The graph's size: the whole graph's, or the chosen document's part (null while it loads). */
export interface GraphCounts {
  nodes: number;
  edges: number;
}

function facts(counts: GraphCounts | null): string {
  return counts === null ? 'loading its entities…' : `${counts.nodes} entities, ${counts.edges} relations, each with its quote`;
}

/** "Azam Ishmael"; "Jane Roe and John Doe"; "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

function interviewLine(doc: DocumentInfo): string {
  const witnesses = doc.witnesses.length > 0 ? joinNames(doc.witnesses) : doc.interviewee;
  return `Interview of ${witnesses} by ${doc.interviewer}, ${doc.date}`;
}

/**
 * The header's title and line: one document (the only one, or the one chosen) by its title and its
 * interview; several by their number, their witnesses and the span of their interview dates.
 */
export function corpusHeader(docs: readonly DocumentInfo[], chosen: string | null, counts: GraphCounts | null): HeaderText {
  const doc = docs.length === 1 ? docs[0] : docs.find((d) => d.id === chosen);
  if (doc) {
    const line = interviewLine(doc);
    return { title: doc.title, meta: `${line} · ${facts(counts)}`, interview: doc.interview && { id: doc.interview.id, text: line } };
  }
  if (docs.length === 0) return { title: 'No document loaded', meta: '', interview: null };
  const witnesses = new Set(docs.flatMap((d) => (d.witnesses.length > 0 ? d.witnesses : [d.interviewee])));
  const dates = docs.map((d) => d.date).sort();
  const span = dates[0] === dates.at(-1) ? `on ${dates[0]}` : `from ${dates[0]} to ${dates.at(-1)}`;
  return {
    title: `${docs.length} interview summaries`,
    meta: `${witnesses.size} witnesses, interviewed ${span} · ${facts(counts)}`,
    interview: null,
  };
}

/** The browser tab's name for the corpus or the chosen document (render-plan.ts pageTitle puts the view first). */
export function corpusTitle(docs: ReadonlyMap<string, DocumentInfo>, chosen: string | null): string | undefined {
  const list = [...docs.values()];
  if (list.length === 0) return undefined;
  return corpusHeader(list, chosen, null).title;
}

/** The picker's options: every document, then each by its witnesses' surnames, in the order of their interviews. */
export function pickerOptions(docs: readonly DocumentInfo[]): Array<{ value: string; label: string; title: string }> {
  const sorted = [...docs].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  return [
    { value: '', label: `All ${docs.length} documents`, title: 'Every document of the corpus' },
    ...sorted.map((d) => ({ value: d.id, label: `${documentShortName(d)} (${d.date})`, title: d.title })),
  ];
}

export class HeaderView {
  private readonly title = byId('doc-title', HTMLElement);
  private readonly meta = byId('doc-meta', HTMLElement);
  private readonly picker = byId('document-picker', HTMLSelectElement);
  private readonly holder = byId('corpus-picker', HTMLElement);
  private drawn = '';

  constructor(private readonly dispatch: (action: Action) => void) {
    this.picker.addEventListener('change', () => dispatch({ type: 'document', document: this.picker.value || null }));
  }

  render(store: Pick<Store, 'state' | 'documents' | 'ready' | 'catalog' | 'scopes'>): void {
    if (!store.ready) return;
    const docs = [...store.documents.values()];
    const chosen = store.state.document;
    const scope = chosen === null ? null : store.scopes.get(chosen);
    const counts =
      chosen === null
        ? { nodes: store.catalog.nodes.size, edges: store.catalog.edges.size }
        : scope
          ? { nodes: scope.nodes.size, edges: scope.edges.size }
          : null;
    const text = corpusHeader(docs, chosen, counts);
    const key = JSON.stringify([text, docs.length, chosen]);
    if (key === this.drawn) return;
    this.drawn = key;
    this.title.textContent = text.title;
    const interview = text.interview;
    // The interview is a node: who was interviewed, when and by whom opens it in the details panel.
    if (interview)
      replace(
        this.meta,
        h(
          'button',
          {
            type: 'button',
            class: 'link-button interview-link',
            onClick: () => this.dispatch({ type: 'select', selection: { type: 'node', id: interview.id } }),
          },
          interview.text,
        ),
        text.meta.slice(interview.text.length),
      );
    else this.meta.textContent = text.meta;
    // One document: nothing to choose.
    this.holder.hidden = docs.length < 2;
    const unknown = chosen !== null && !store.documents.has(chosen);
    replace(
      this.picker,
      ...pickerOptions(docs).map((o) => h('option', { value: o.value, title: o.title, selected: (chosen ?? '') === o.value }, o.label)),
      // A link naming a document the server does not have: say so rather than show the whole corpus as if chosen.
      unknown ? h('option', { value: chosen, selected: true }, `Unknown document: ${chosen}`) : null,
    );
    this.picker.value = chosen ?? '';
  }
}
