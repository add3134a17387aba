// The reader (read mode): a document's sections and paragraphs as the document gives them, with
// the entities each paragraph names underlined and the evidence quotes highlighted; activating one
// (click or Enter: they are links) selects its node or relation and shows it in the graph. The
// sidebar picks the document and jumps to a section; the toolbar steps to the previous or next
// paragraph and shows what the parser repaired. Words of a text search are marked as the server
// marks them (graph/src/text-search.ts).
// Past 300 lines: the reader's picker, paragraphs and toolbar are one view; its marks are apart (reader-marks.ts).
import { matchText, queryWords } from '../../../graph/src/text-search.ts';
import type { DocumentText, ReaderParagraph } from '../api.ts';
import type { AppContext } from '../context.ts';
import { h, replace } from '../dom.ts';
import { Resources } from '../resource.ts';
import type { Selection, ViewState } from '../state.ts';
import { encodeState, readerLink } from '../url.ts';
import { findNames, findQuote, segmentText, type Mark, type MarkTarget, type MarkedSegment } from './reader-marks.ts';
import './reader.css';

export class ReaderView {
  /** The reader's surface in the stage, beside the canvases and the table */
  readonly element: HTMLElement;
  private texts: Resources<DocumentText | null>;
  private showRepairs = false;
  /** The paragraph last scrolled to, so a redraw for another reason does not scroll again */
  private scrolledTo: string | null = null;

  constructor(
    private readonly ctx: AppContext,
    stage: HTMLElement,
    refresh: () => void,
  ) {
    this.texts = this.loader(refresh);
    this.element = h('div', { class: 'reader-view', id: 'reader-view', hidden: true });
    stage.append(this.element);
    // n and p step through paragraphs while the reader has focus (the buttons do the same).
    this.element.addEventListener('keydown', (event) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.target instanceof HTMLInputElement) return;
      if (event.key === 'n' || event.key === 'p') {
        event.preventDefault();
        this.step(event.key === 'n' ? 1 : -1);
      }
    });
  }

  private loader(refresh: () => void): Resources<DocumentText | null> {
    return new Resources((id) => this.ctx.api.documentText(id), refresh);
  }

  /**
   * Load the texts again (annotate mode saved a change: the mentions of the paragraphs may differ).
   * The text shown stays until the new one has arrived, so the reader keeps its place.
   */
  reloadTexts(refresh: () => void): Promise<void> {
    const id = this.documentId(this.ctx.state());
    return new Promise((done) => {
      const next = new Resources(
        (doc) => this.ctx.api.documentText(doc),
        () => {
          this.texts = next;
          refresh();
          done();
        },
      );
      if (id === null) {
        this.texts = next;
        done();
      } else next.get(id);
    });
  }

  /** The document shown: the one in the state, or the first (the workbench annotates the same one). */
  documentId(state: ViewState): string | null {
    // The header's chosen document is the one to read, unless a paragraph of another was opened.
    return state.readDocument ?? state.document ?? [...this.ctx.documents.keys()][0] ?? null;
  }

  /** The document's paragraphs once loaded (none for an unknown document); null while loading or failed. */
  private paragraphsOf(id: string | null): ReaderParagraph[] | null {
    if (id === null) return [];
    const loaded = this.texts.get(id);
    if (loaded.status !== 'ok') return null;
    return loaded.value?.paragraphs ?? [];
  }

  private step(by: 1 | -1): void {
    const state = this.ctx.state();
    const id = this.documentId(state);
    const paragraphs = this.paragraphsOf(id);
    if (!id || !paragraphs || paragraphs.length === 0) return;
    const at = paragraphs.findIndex((p) => p.number === state.readParagraph);
    const next = paragraphs[Math.min(paragraphs.length - 1, Math.max(0, at < 0 ? 0 : at + by))];
    if (next) this.ctx.dispatch({ type: 'read', document: id, paragraph: next.number, words: state.readWords });
  }

  renderSidebar(state: ViewState): HTMLElement {
    const id = this.documentId(state);
    const documents = [...this.ctx.documents.values()];
    const select = h(
      'select',
      { id: 'reader-document', 'aria-label': 'Document' },
      ...documents.map((d) => h('option', { value: d.id, selected: d.id === id }, d.title)),
    );
    select.addEventListener('change', () => this.ctx.dispatch({ type: 'read', document: select.value, paragraph: null }));
    const info = id ? this.ctx.documents.get(id) : undefined;
    const paragraphs = this.paragraphsOf(id) ?? [];
    const firstOf = (section: string) => paragraphs.find((p) => p.section === section || p.section.startsWith(`${section}.`));
    return h(
      'div',
      { class: 'reader-sidebar' },
      h('h2', {}, 'Read'),
      h('label', { for: 'reader-document' }, 'Document'),
      select,
      info &&
        h(
          'nav',
          { 'aria-label': 'Sections' },
          h('h3', {}, 'Sections'),
          h(
            'ol',
            { class: 'reader-sections' },
            ...info.sections.map((s) => {
              const first = firstOf(s.number);
              return h(
                'li',
                {},
                first
                  ? this.paragraphLink(state, info.id, first.number, `${s.number} ${s.title}`, 'section-link')
                  : h('span', { class: 'muted' }, `${s.number} ${s.title}`),
              );
            }),
          ),
        ),
      h(
        'p',
        { class: 'muted small' },
        'Underlined: an entity the paragraph names. Highlighted: a quote that is evidence of a fact. Enter or click opens it in the graph.',
      ),
    );
  }

  renderStage(state: ViewState): void {
    // Stepping with the toolbar keeps the focus on its button (focus.ts finds it again by id);
    // anything else that moves the reader (a link, a search hit, n or p) takes it to the paragraph.
    const fromToolbar = document.activeElement instanceof HTMLElement && document.activeElement.closest('.reader-toolbar') !== null;
    const id = this.documentId(state);
    const say = (text: string, ...more: HTMLElement[]) => replace(this.element, h('p', { class: 'muted reader-message' }, text, ...more));
    if (id === null) {
      say('No document is loaded.');
      return;
    }
    const loaded = this.texts.get(id);
    if (loaded.status === 'loading') {
      say('Loading the text…');
      return;
    }
    if (loaded.status === 'error') {
      const retry = h('button', { type: 'button' }, 'Try again');
      retry.addEventListener('click', () => this.texts.retry(id));
      say(`Could not load the text: ${loaded.message} `, retry);
      return;
    }
    const info = this.ctx.documents.get(id);
    const paragraphs = this.paragraphsOf(id) ?? [];
    if (!info || paragraphs.length === 0) {
      say(`No document “${id}” is on the server.`);
      return;
    }
    const current = paragraphs.find((p) => p.number === state.readParagraph) ?? null;
    const at = current ? paragraphs.indexOf(current) : -1;
    const quotes = this.quotesByParagraph(id);
    const words = state.readWords === null ? [] : queryWords(state.readWords);

    const prev = h(
      'button',
      { type: 'button', id: 'reader-prev', class: 'reader-step', disabled: at === 0, 'aria-keyshortcuts': 'p' },
      '← Previous paragraph',
    );
    const next = h(
      'button',
      { type: 'button', id: 'reader-next', class: 'reader-step', disabled: at === paragraphs.length - 1, 'aria-keyshortcuts': 'n' },
      'Next paragraph →',
    );
    prev.addEventListener('click', () => this.step(-1));
    next.addEventListener('click', () => this.step(1));
    const repairs = h(
      'button',
      { type: 'button', id: 'reader-repairs', class: 'reader-repairs-toggle', 'aria-pressed': this.showRepairs ? 'true' : 'false' },
      'Show repairs',
    );
    repairs.addEventListener('click', () => {
      this.showRepairs = !this.showRepairs;
      this.renderStage(this.ctx.state());
    });
    const where = current ? `Paragraph ${current.number} of ${paragraphs.length}` : `${paragraphs.length} paragraphs`;

    const body: HTMLElement[] = [];
    let section: string | null = null;
    const sectionTitle = new Map(info.sections.map((s) => [s.number, s.title]));
    const headed = new Set<string>();
    for (const p of paragraphs) {
      if (p.section !== section) {
        section = p.section;
        // A section's heading, after those of the sections it is part of ("2" before "2.1") not shown yet.
        const parts = p.section.split('.');
        for (let depth = 1; depth <= parts.length; depth++) {
          const number = parts.slice(0, depth).join('.');
          if (headed.has(number) || (depth < parts.length && !sectionTitle.has(number))) continue;
          headed.add(number);
          const tag = depth === 1 ? 'h3' : 'h4';
          body.push(h(tag, { class: 'reader-section' }, `${number} ${sectionTitle.get(number) ?? ''}`.trim()));
        }
      }
      body.push(this.paragraphElement(state, p, quotes.get(p.number) ?? [], words, p === current));
    }
    replace(
      this.element,
      h(
        'div',
        { class: 'reader-toolbar', role: 'toolbar', 'aria-label': 'Reader' },
        prev,
        h('span', { class: 'reader-where', 'aria-live': 'polite' }, where),
        next,
        repairs,
      ),
      h('article', { class: 'reader-text', 'aria-label': info.title }, h('h2', {}, info.title), ...body),
    );
    const key = current ? `${id}#${current.number}#${state.readWords ?? ''}` : null;
    if (key !== this.scrolledTo) {
      this.scrolledTo = key;
      const shown = this.element.querySelector<HTMLElement>('.reader-paragraph.current');
      shown?.scrollIntoView({ block: 'center' });
      if (!fromToolbar) shown?.focus({ preventScroll: true });
    }
  }

  /** Every evidence quote of the document, by paragraph: what it is evidence of, nodes then relations. */
  private quotesByParagraph(document: string): Map<number, { quote: string; target: MarkTarget }[]> {
    const byParagraph = new Map<number, { quote: string; target: MarkTarget }[]>();
    const add = (paragraph: number, quote: string, target: MarkTarget) => {
      const list = byParagraph.get(paragraph) ?? [];
      list.push({ quote, target });
      byParagraph.set(paragraph, list);
    };
    const { nodes, edges } = this.ctx.catalog;
    for (const n of nodes.values()) {
      for (const e of n.evidence) if (e.document === document) add(e.paragraph, e.quote, { type: 'node', id: n.id, label: n.name });
    }
    for (const edge of edges.values()) {
      const label = `${nodes.get(edge.source)?.name ?? edge.source} ${edge.type} ${nodes.get(edge.target)?.name ?? edge.target}`;
      for (const e of edge.evidence) if (e.document === document) add(e.paragraph, e.quote, { type: 'edge', id: edge.id, label });
    }
    return byParagraph;
  }

  private paragraphElement(
    state: ViewState,
    p: ReaderParagraph,
    quotes: readonly { quote: string; target: MarkTarget }[],
    words: readonly string[],
    current: boolean,
  ): HTMLElement {
    const marks: Mark[] = [];
    for (const id of p.mentions) {
      const node = this.ctx.catalog.nodes.get(id);
      if (!node) continue;
      const target: MarkTarget = { type: 'node', id, label: node.name };
      for (const r of findNames(p.text, [node.name, ...node.aliases])) marks.push({ ...r, kind: 'mention', target });
    }
    for (const q of quotes) for (const r of findQuote(p.text, q.quote)) marks.push({ ...r, kind: 'quote', target: q.target });
    for (const r of matchText(p.text, words)?.highlights ?? []) marks.push({ ...r, kind: 'hit' });
    const segments = segmentText(p.text, marks);
    return h(
      'section',
      {
        class: `reader-paragraph${current ? ' current' : ''}`,
        id: `reader-p-${p.number}`,
        tabindex: current ? '-1' : null,
        'aria-current': current ? 'true' : null,
        'aria-label': `Paragraph ${p.number}`,
      },
      h(
        'p',
        {},
        this.paragraphLink(state, p.document, p.number, `[${p.number}]`, 'para-link'),
        ' ',
        // The paragraph's own words, apart from its [n] link: what a selection for a quote reads (annotate-selection.ts).
        h('span', { class: 'reader-words', 'data-paragraph': p.number }, ...segments.map((s) => this.segmentElement(state, s))),
      ),
      this.showRepairs &&
        h(
          'p',
          { class: 'reader-repairs small' },
          p.repairs.length === 0 ? 'Nothing repaired in this paragraph.' : `Repaired from the PDF text: ${p.repairs.join('; ')}.`,
        ),
    );
  }

  /** A link to a paragraph in the reader (the URL holds it, so it can be shared). */
  private paragraphLink(state: ViewState, document: string, paragraph: number, text: string, cls: string): HTMLElement {
    const link = h(
      'a',
      { class: cls, href: readerLink(state, document, paragraph, state.readWords), title: `Open paragraph ${paragraph}` },
      text,
    );
    link.addEventListener('click', (event) => {
      event.preventDefault();
      this.ctx.dispatch({ type: 'read', document, paragraph, words: state.readWords });
    });
    return link;
  }

  private segmentElement(state: ViewState, s: MarkedSegment): Node {
    const target = s.mention ?? s.quote;
    if (!target) return s.hit ? h('mark', { class: 'reader-hit' }, s.text) : document.createTextNode(s.text);
    const classes = [s.mention ? 'mention' : 'quote', s.mention && s.quote ? 'in-quote' : '', s.hit ? 'reader-hit' : '']
      .filter(Boolean)
      .join(' ');
    const selection: Selection = { type: target.type, id: target.id };
    const what = target.type === 'node' ? (s.mention ? 'Names' : 'Evidence of') : 'Evidence of the relation';
    const link = h(
      'a',
      {
        class: classes,
        href: encodeState({ ...state, mode: 'graph', selection }),
        title: `${what}: ${target.label}`,
        'data-target': `${target.type}:${target.id}`,
      },
      s.text,
    );
    link.addEventListener('click', (event) => {
      event.preventDefault();
      this.ctx.dispatch({ type: 'mode', mode: 'graph' });
      this.ctx.dispatch({ type: 'select', selection });
    });
    return link;
  }
}
