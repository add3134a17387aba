// The annotate workbench (annotate mode only, beside the reader in the Read tab): the words selected
// in a paragraph (or typed) as a quote, and what to do with it — add a node, add it as evidence of
// the selected node or relation, add a relation —; the drafts of the document with Accept, Edit
// and Reject, each showing its paragraph with its quote marked; the file's validation problems with
// their lines (read again on request, after an edit in another program); Undo of the last change. Every change names the version it was made against; after
// it the graph and the reader are reloaded from the rebuilt store (`changed`). Refusals are shown in
// words next to the form; on CONFLICT the annotation is reloaded and the workbench says so.
// Past 300 lines: the panel's state (annotation, quote, open form, message) and its actions are one view; its forms are apart (workbench-forms.ts).
import type { AnnotateApi, Annotation, AnnotationChange, DraftItem, EdgeInput } from '../annotate-api.ts';
import { AnnotateError } from '../annotate-api.ts';
import { describeDraft, quoteProblem, type TextSelection } from '../annotate-model.ts';
import { readSelection } from '../annotate-selection.ts';
import type { GraphNode } from '../api.ts';
import type { AppContext } from '../context.ts';
import { describeError } from '../context.ts';
import { h, replace } from '../dom.ts';
import { paragraphText } from '../evidence.ts';
import { keepFocus } from '../focus.ts';
import type { ViewState } from '../state.ts';
import { edgeForm, editNodeForm, type FormHost, nodeForm, type NodeChoice } from './workbench-forms.ts';
import type { PickedEntity } from './workbench-picker.ts';
import './workbench.css';

type Message = { text: string; tone: 'info' | 'error'; problems?: readonly string[] };

export class Workbench {
  readonly element: HTMLElement;
  private readonly head = h('div', { class: 'wb-head' });
  private readonly quoteBox = h('div', { class: 'wb-quote' });
  private readonly formBox = h('div', { class: 'wb-form-box' });
  private readonly messageBox = h('div', { class: 'wb-message', id: 'wb-message', role: 'status', 'aria-live': 'polite' });
  private readonly draftsBox = h('section', { class: 'wb-drafts', 'aria-label': 'Drafts' });
  private readonly problemsBox = h('section', { class: 'wb-problems', 'aria-label': 'Problems' });
  private readonly quoteInput = h('input', { id: 'wb-quote', type: 'text', autocomplete: 'off', spellcheck: 'false' });
  private readonly paragraphInput = h('input', { id: 'wb-paragraph', type: 'number', min: '1', step: '1' });
  private readonly evidenceButton = h('button', { type: 'button', id: 'wb-add-evidence' }, 'Add as evidence');

  /** The document worked on, and its annotation as last read (null until loaded) */
  private document: string | null = null;
  private annotation: Annotation | null = null;
  private loadError: string | null = null;
  private selectionNote: string | null = null;
  private form: HTMLFormElement | null = null;
  /** Where the focus goes back to when the form closes */
  private opener: HTMLElement | null = null;
  private busy = false;
  private shownDraft: string | null = null;
  /** Paragraph texts by "document#number" ('' for none), to check a typed quote before sending it */
  private readonly paragraphTexts = new Map<string, string>();

  constructor(
    private readonly ctx: AppContext,
    private readonly api: AnnotateApi,
    stage: HTMLElement,
    /** The reader's surface: where selections are read, and link clicks that end a selection are held back */
    private readonly reader: HTMLElement,
    /** The document the reader shows: the one annotated */
    private readonly documentOf: (state: ViewState) => string | null,
    /** Reload the graph and the reader from the rebuilt store */
    private readonly changed: () => Promise<void>,
  ) {
    this.element = h(
      'aside',
      { class: 'workbench', id: 'workbench', 'aria-label': 'Annotate', hidden: true },
      this.head,
      this.quoteBox,
      this.messageBox,
      this.formBox,
      // Problems before drafts: a file the seed refuses matters more than what is left to review.
      this.problemsBox,
      this.draftsBox,
    );
    stage.append(this.element);
    document.body.classList.add('annotating');
    document.addEventListener('selectionchange', () => this.takeSelection());
    // The reader's mentions and quotes are links, and a drag that starts on a link drags the link
    // instead of selecting words: while the button is down the link has no href (it is plain text),
    // and it gets it back once the button is up.
    reader.addEventListener(
      'mousedown',
      (event) => {
        const link = event.target instanceof Element ? event.target.closest('.reader-words a[href]') : null;
        const href = link?.getAttribute('href');
        if (!link || href === null || href === undefined) return;
        link.removeAttribute('href');
        document.addEventListener('mouseup', () => setTimeout(() => link.setAttribute('href', href), 0), { once: true });
      },
      true,
    );
    // Selecting the words of a mention or a quote ends with a click on it: that click makes a
    // quote, it does not follow the link (a plain click still does).
    reader.addEventListener(
      'click',
      (event) => {
        const selection = window.getSelection();
        if (selection && !selection.isCollapsed && reader.contains(selection.anchorNode)) {
          event.preventDefault();
          event.stopPropagation();
        }
      },
      true,
    );
    this.quoteInput.addEventListener('input', () => this.drawQuote());
    this.paragraphInput.addEventListener('input', () => this.drawQuote());
    this.evidenceButton.addEventListener('click', () => void this.addEvidence());
  }

  /** Take the workbench off the page (the server is not in annotate mode). */
  remove(): void {
    this.element.remove();
    document.body.classList.remove('annotating', 'annotating-read');
  }

  /** Bring the workbench in line with the view: shown in the Read tab, on the document the reader shows. */
  sync(state: ViewState): void {
    const shown = state.mode === 'read';
    this.element.hidden = !shown;
    document.body.classList.toggle('annotating-read', shown);
    if (!shown) return;
    const id = this.documentOf(state);
    if (id !== this.document) {
      this.document = id;
      this.annotation = null;
      this.closeForm(false);
      this.shownDraft = null;
      if (id !== null) void this.load(id);
      this.draw();
    }
    if (this.paragraphInput.value === '' && state.readParagraph !== null) this.paragraphInput.value = String(state.readParagraph);
    this.drawQuote();
  }

  private async load(document: string, note?: Message): Promise<void> {
    this.loadError = null;
    try {
      const annotation = await this.api.annotation(document);
      if (this.document !== document) return;
      this.annotation = annotation;
      if (note) this.say(note);
    } catch (error) {
      this.loadError = describeError(error);
    }
    this.draw();
  }

  /** The quote box's words, when they make a quote of this document. */
  private quote(): TextSelection | null {
    const paragraph = Number(this.paragraphInput.value);
    const quote = this.quoteInput.value;
    if (this.document === null || !Number.isInteger(paragraph) || paragraph <= 0 || quote.trim() === '') return null;
    return { document: this.document, paragraph, quote };
  }

  private takeSelection(): void {
    if (this.element.hidden) return;
    const reading = readSelection(this.reader, this.document);
    if (!reading) return;
    if (reading.type === 'across') {
      this.selectionNote = reading.message;
    } else {
      this.selectionNote = null;
      this.quoteInput.value = reading.selection.quote;
      this.paragraphInput.value = String(reading.selection.paragraph);
    }
    this.drawQuote();
  }

  /** Redraw every part; the focus stays on the counterpart of what had it (focus.ts). */
  private draw(): void {
    keepFocus(this.head, () => this.drawHead());
    this.drawQuote();
    keepFocus(this.draftsBox, () => this.drawDrafts());
    this.drawProblems();
  }

  private drawHead(): void {
    const a = this.annotation;
    const undo = h('button', { type: 'button', id: 'wb-undo', disabled: !a?.canUndo || this.busy }, 'Undo last change');
    undo.addEventListener('click', () => void this.write('Undid the last change', (v, d) => this.api.undo(d, v)));
    // After an edit in another program: the file's problems and drafts as they are now.
    const reread = h('button', { type: 'button', id: 'wb-reload', disabled: this.busy || this.document === null }, 'Read the file again');
    reread.addEventListener('click', () => {
      if (this.document !== null) void this.load(this.document, { text: 'Read the file again.', tone: 'info' });
    });
    replace(
      this.head,
      h('h2', {}, 'Annotate'),
      a
        ? h('p', { class: 'muted small' }, `${a.file}${a.exists ? '' : ' (not written yet: the first change creates it)'}`)
        : h('p', { class: 'muted small' }, this.loadError ? `Could not read the annotation: ${this.loadError}` : 'Reading the annotation…'),
      undo,
      reread,
    );
  }

  private drawQuote(): void {
    const quote = this.quote();
    const selected = this.ctx.state().selection;
    const target = selected ? this.targetName(selected.type, selected.id) : null;
    const problem = quote ? this.knownQuoteProblem(quote) : null;
    const ready = quote !== null && problem === null && !this.busy && this.annotation !== null;
    this.evidenceButton.textContent = target ? `Add as evidence of ${target}` : 'Add as evidence';
    this.evidenceButton.title = target ? '' : 'Select a node or a relation first (in the graph, the table or a mention)';
    this.evidenceButton.disabled = !ready || !target;
    const node = h('button', { type: 'button', id: 'wb-add-node', disabled: !ready }, 'Add a node');
    node.addEventListener('click', () => this.openForm(node, 'node'));
    const edge = h('button', { type: 'button', id: 'wb-add-edge', disabled: !ready }, 'Add a relation');
    edge.addEventListener('click', () => this.openForm(edge, 'edge'));
    keepFocus(this.quoteBox, () =>
      replace(
        this.quoteBox,
        h('h3', {}, 'Quote'),
        h('p', { class: 'muted small' }, 'Select words in a paragraph, or type them with the paragraph’s number.'),
        h(
          'div',
          { class: 'wb-quote-fields' },
          h('div', { class: 'wb-field wb-paragraph' }, h('label', { for: 'wb-paragraph', class: 'wb-label' }, '¶'), this.paragraphInput),
          h('div', { class: 'wb-field wb-words' }, h('label', { for: 'wb-quote', class: 'wb-label' }, 'Words'), this.quoteInput),
        ),
        (this.selectionNote ?? problem) && h('p', { class: 'wb-note', id: 'wb-quote-note' }, this.selectionNote ?? problem),
        h('div', { class: 'wb-buttons' }, node, this.evidenceButton, edge),
      ),
    );
  }

  /** Whether the quote is word for word in its paragraph, when the paragraph is loaded (the server checks it anyway). */
  private knownQuoteProblem(quote: TextSelection): string | null {
    const key = `${quote.document}#${quote.paragraph}`;
    const text = this.paragraphTexts.get(key);
    if (text === undefined) {
      void this.ctx.paragraphs.get(quote.document, quote.paragraph).then(
        (p) => {
          this.paragraphTexts.set(key, p?.text ?? '');
          this.drawQuote();
        },
        () => undefined,
      );
      return null;
    }
    if (text === '') return `The document has no paragraph ${quote.paragraph}.`;
    return quoteProblem(text, quote.quote);
  }

  private targetName(type: 'node' | 'edge', id: string): string | null {
    const { nodes, edges } = this.ctx.catalog;
    if (type === 'node') return nodes.get(id)?.name ?? null;
    const edge = edges.get(id);
    return edge ? `${nodes.get(edge.source)?.name ?? edge.source} ${edge.type} ${nodes.get(edge.target)?.name ?? edge.target}` : null;
  }

  private host(): FormHost {
    return { catalog: this.ctx.catalog, api: this.ctx.api, document: this.document ?? '', close: () => this.closeForm(true) };
  }

  private picked(id: string | null): PickedEntity | null {
    const node = id === null ? undefined : this.ctx.catalog.nodes.get(id);
    return node ? { id: node.id, kind: node.kind, name: node.name } : null;
  }

  private openForm(opener: HTMLElement, which: 'node' | 'edge'): void {
    const quote = this.quote();
    if (!quote) return;
    const selected = this.ctx.state().selection;
    const form =
      which === 'node'
        ? nodeForm(this.host(), quote, (choice) => void this.saveNode(choice, quote))
        : edgeForm(
            this.host(),
            quote,
            { source: this.picked(selected?.type === 'node' ? selected.id : null) },
            (edge) => void this.saveEdge(edge),
          );
    this.showForm(opener, form);
  }

  private showForm(opener: HTMLElement, form: HTMLFormElement): void {
    this.opener = opener.id ? opener : null;
    this.form = form;
    this.say(null);
    replace(this.formBox, form);
    form.querySelector<HTMLElement>('input:not([type="hidden"]), select, button')?.focus();
  }

  private closeForm(giveFocusBack: boolean): void {
    this.form = null;
    replace(this.formBox);
    if (giveFocusBack) {
      const back = this.opener?.id ? document.getElementById(this.opener.id) : null;
      (back instanceof HTMLButtonElement && !back.disabled ? back : this.quoteInput).focus();
    }
  }

  private say(message: Message | null): void {
    if (!message) {
      replace(this.messageBox);
      this.messageBox.className = 'wb-message';
      return;
    }
    this.messageBox.className = `wb-message ${message.tone}`;
    this.messageBox.setAttribute('role', message.tone === 'error' ? 'alert' : 'status');
    replace(
      this.messageBox,
      h('p', {}, message.text),
      message.problems && message.problems.length > 0 && h('ul', {}, ...message.problems.map((p) => h('li', {}, p))),
    );
    if (message.tone === 'error') this.messageBox.scrollIntoView({ block: 'nearest' });
  }

  /**
   * Send one change made against the version last read. Saved: the annotation is the answer's, the
   * form closes, the graph and the reader reload. Refused: the reason next to the form, which stays
   * open; a CONFLICT reloads the annotation first.
   */
  private async write(
    done: string,
    change: (version: string, document: string) => Promise<AnnotationChange>,
    /** Select the item added, so that the next quote can be added to it as evidence */
    selectAdded = false,
  ): Promise<boolean> {
    const annotation = this.annotation;
    const document = this.document;
    if (!annotation || document === null || this.busy) return false;
    this.busy = true;
    this.say({ text: 'Saving…', tone: 'info' });
    try {
      const answer = await change(annotation.version, document);
      this.annotation = { ...answer.annotation, version: answer.version };
      this.busy = false;
      const hadForm = this.form !== null;
      this.closeForm(hadForm);
      this.draw();
      await this.changed();
      // Said once the graph and the reader show the change.
      this.say({ text: `${done}. Saved to ${answer.annotation.file}.`, tone: 'info' });
      const item = answer.item;
      const { nodes, edges } = this.ctx.catalog;
      if (selectAdded && item !== null && (nodes.has(item) || edges.has(item))) {
        this.ctx.dispatch({ type: 'select', selection: { type: nodes.has(item) ? 'node' : 'edge', id: item } });
      }
      this.drawQuote();
      return true;
    } catch (error) {
      this.busy = false;
      if (error instanceof AnnotateError && error.code === 'CONFLICT') {
        await this.load(document, {
          text: `Not saved: the file changed since the workbench read it (another tab or an editor). It has been read again: check it and try again. (${error.message})`,
          tone: 'error',
        });
        return false;
      }
      const problems = error instanceof AnnotateError ? error.problems : [];
      const what = error instanceof AnnotateError && error.code === 'BAD_USER_INPUT' ? 'Not saved: ' : 'Not saved. ';
      this.say({ text: `${what}${describeError(error)}`, tone: 'error', problems });
      this.draw();
      return false;
    }
  }

  private async saveNode(choice: NodeChoice, quote: TextSelection): Promise<void> {
    const evidence = { paragraph: quote.paragraph, quote: quote.quote };
    if (choice.type === 'new') {
      await this.write(`Added ${choice.node.kind} ${choice.node.name}`, (v, d) => this.api.addNode(d, v, choice.node), true);
      return;
    }
    const entity = choice.entity;
    const node = this.ctx.catalog.nodes.get(entity.id);
    // An entity this document already annotates gets the quote; one of another document (or the
    // shared entities) is referenced from this file with it.
    const here = node?.evidence.some((e) => e.document === quote.document) ?? false;
    await this.write(`Added the quote to ${entity.name}`, (v, d) =>
      here
        ? this.api.addEvidence(d, v, entity.id, evidence)
        : this.api.addNode(d, v, { id: entity.id, kind: entity.kind, name: entity.name, evidence: [evidence] }),
    );
  }

  private async saveEdge(edge: EdgeInput, replacing?: string): Promise<void> {
    const name = (id: string) => this.ctx.catalog.nodeName(id);
    const what = `${name(edge.source)} ${edge.type} ${name(edge.target)}`;
    if (!replacing) {
      await this.write(`Added ${what}`, (v, d) => this.api.addEdge(d, v, edge), true);
      return;
    }
    // The API changes a relation by removing it and adding the new one; when the second step is
    // refused, the first is undone, so the draft is as it was.
    const removed = await this.write(`Removed the draft ${replacing}`, (v, d) => this.api.removeItem(d, v, replacing));
    if (!removed) return;
    const added = await this.write(`Replaced the draft with ${what}`, (v, d) => this.api.addEdge(d, v, edge));
    if (!added) {
      const message = this.messageBox.textContent ?? '';
      await this.write('Put the draft back', (v, d) => this.api.undo(d, v));
      this.say({ text: `The draft is unchanged. ${message}`, tone: 'error' });
    }
  }

  private async addEvidence(): Promise<void> {
    const quote = this.quote();
    const selected = this.ctx.state().selection;
    if (!quote || !selected) return;
    const name = this.targetName(selected.type, selected.id) ?? selected.id;
    await this.write(`Added the quote to ${name}`, (v, d) =>
      this.api.addEvidence(d, v, selected.id, { paragraph: quote.paragraph, quote: quote.quote }),
    );
  }

  private drawDrafts(): void {
    const drafts = this.annotation?.drafts ?? [];
    replace(
      this.draftsBox,
      h('h3', {}, 'Drafts ', h('span', { class: 'count' }, `(${drafts.length})`)),
      drafts.length === 0
        ? h('p', { class: 'muted small' }, this.annotation ? 'No drafts left to review.' : '')
        : h('ol', { class: 'wb-draft-list' }, ...drafts.map((d) => this.draftItem(d))),
    );
  }

  private draftItem(draft: DraftItem): HTMLElement {
    const label = describeDraft(draft, (id) => this.ctx.catalog.nodeName(id));
    const first = draft.evidence[0];
    const show = h(
      'button',
      { type: 'button', class: 'small-button wb-show', 'aria-expanded': this.shownDraft === draft.id ? 'true' : 'false' },
      'Show',
    );
    show.setAttribute('aria-label', `Show the paragraph of ${label}`);
    show.addEventListener('click', () => {
      this.shownDraft = this.shownDraft === draft.id ? null : draft.id;
      if (this.shownDraft && first) this.ctx.dispatch({ type: 'read', document: first.document, paragraph: first.paragraph });
      this.drawDrafts();
      this.draftsBox.querySelector<HTMLElement>(`[data-draft="${CSS.escape(draft.id)}"] .wb-show`)?.focus();
    });
    const button = (text: string, cls: string, act: () => void) => {
      const b = h('button', { type: 'button', class: `small-button ${cls}`, disabled: this.busy, 'aria-label': `${text}: ${label}` }, text);
      b.addEventListener('click', act);
      return b;
    };
    const accept = button(
      'Accept',
      'wb-accept',
      () => void this.write(`Accepted ${label}`, (v, d) => this.api.review(d, v, draft.id, 'ACCEPT')),
    );
    const reject = button(
      'Reject',
      'wb-reject',
      () => void this.write(`Rejected ${label}`, (v, d) => this.api.review(d, v, draft.id, 'REJECT')),
    );
    const edit = button('Edit', 'wb-edit', () => this.editDraft(edit, draft));
    const holder = h('div', { class: 'wb-draft-paragraph' });
    if (this.shownDraft === draft.id && first) {
      replace(holder, h('p', { class: 'muted small' }, `Loading paragraph ${first.paragraph}…`));
      this.ctx.paragraphs.get(first.document, first.paragraph).then(
        (p) => replace(holder, p ? paragraphText(p, first.quote) : h('p', { class: 'error' }, `No paragraph ${first.paragraph}.`)),
        (error: unknown) =>
          replace(holder, h('p', { class: 'error' }, `Could not load paragraph ${first.paragraph}: ${describeError(error)}`)),
      );
    }
    return h(
      'li',
      { class: 'wb-draft', 'data-draft': draft.id },
      h('p', { class: 'wb-draft-label' }, label),
      h(
        'p',
        { class: 'muted small' },
        [
          draft.rule,
          draft.confidence === null ? null : `confidence ${draft.confidence}`,
          first ? `¶ ${first.paragraph} “${first.quote}”` : null,
        ]
          .filter((s) => s !== null)
          .join(' · '),
      ),
      h('div', { class: 'wb-buttons' }, show, accept, edit, reject),
      holder,
    );
  }

  private editDraft(opener: HTMLElement, draft: DraftItem): void {
    const host = this.host();
    if (draft.item === 'NODE') {
      const node: GraphNode | undefined = this.ctx.catalog.nodes.get(draft.id);
      if (!node) {
        this.say({ text: `The graph has no node ${draft.id} to edit; reload the page.`, tone: 'error' });
        return;
      }
      this.showForm(
        opener,
        editNodeForm(host, node, (patch) => void this.write(`Changed ${node.name}`, (v, d) => this.api.updateNode(d, v, node.id, patch))),
      );
      return;
    }
    const first = draft.evidence[0];
    if (!first) return;
    const quote = { document: first.document, paragraph: first.paragraph, quote: first.quote };
    const preset = { source: this.picked(draft.source), target: this.picked(draft.target), type: draft.type };
    this.showForm(
      opener,
      edgeForm(
        host,
        quote,
        preset,
        (edge) =>
          void this.saveEdge({ ...edge, evidence: draft.evidence.map((e) => ({ paragraph: e.paragraph, quote: e.quote })) }, draft.id),
      ),
    );
  }

  private drawProblems(): void {
    const problems = this.annotation?.problems ?? [];
    replace(
      this.problemsBox,
      h('h3', {}, 'Problems ', h('span', { class: 'count' }, `(${problems.length})`)),
      problems.length === 0
        ? h('p', { class: 'muted small' }, this.annotation ? 'The seed’s validator finds nothing wrong with this file.' : '')
        : h(
            'ul',
            { class: 'wb-problem-list' },
            ...problems.map((p) => h('li', {}, h('code', {}, p.line === null ? p.file : `${p.file}:${p.line}`), ' ', p.message)),
          ),
    );
  }
}
