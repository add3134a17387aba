// Evidence, the heart of the tool: each quote with its paragraph number and document, and one
// button that opens the whole paragraph with the quote marked, so a reader sees the sentence in
// its context without leaving the view.
import type { Api, Evidence, Paragraph } from './api.ts';
import { h, replace } from './dom.ts';
import './evidence.css';

export interface Segment {
  text: string;
  mark: boolean;
}

/**
 * The paragraph cut around the quote: marked where the quote stands. Quotes are exact substrings
 * (the seed checks this), but whitespace is compared loosely in case a store collapses it.
 * No match: the whole text unmarked, and the caller says the quote was not found.
 */
export function highlightQuote(text: string, quote: string): Segment[] {
  const trimmed = quote.trim();
  if (trimmed === '') return [{ text, mark: false }];
  let start = text.indexOf(trimmed);
  let length = trimmed.length;
  if (start < 0) {
    const pattern = new RegExp(trimmed.split(/\s+/).map(escapeRegExp).join('\\s+'));
    const match = pattern.exec(text);
    if (!match) return [{ text, mark: false }];
    start = match.index;
    length = match[0].length;
  }
  return [
    { text: text.slice(0, start), mark: false },
    { text: text.slice(start, start + length), mark: true },
    { text: text.slice(start + length), mark: false },
  ].filter((s) => s.text !== '');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Paragraphs fetched once per session: they do not change while the page is open. */
export class ParagraphCache {
  private readonly cache = new Map<string, Promise<Paragraph | null>>();
  constructor(private readonly api: Pick<Api, 'paragraph'>) {}

  get(document: string, number: number): Promise<Paragraph | null> {
    const key = `${document}#${number}`;
    let entry = this.cache.get(key);
    if (!entry) {
      entry = this.api.paragraph(document, number);
      // A failure is not remembered: the next click asks again.
      entry.catch(() => this.cache.delete(key));
      this.cache.set(key, entry);
    }
    return entry;
  }
}

export interface EvidenceContext {
  paragraphs: ParagraphCache;
  documentTitle(id: string): string;
  /** Opens a paragraph in the reader (views/reader.ts): its link, and what following it does */
  reader?: { href(document: string, paragraph: number): string; open(document: string, paragraph: number): void };
}

/** A list of evidence: quote, "¶ 9 · document", and a button to read the whole paragraph. */
export function evidenceList(evidence: readonly Evidence[], ctx: EvidenceContext, heading = 'Evidence'): HTMLElement {
  if (evidence.length === 0) {
    return h('section', { class: 'evidence' }, h('h3', {}, heading), h('p', { class: 'muted' }, 'No quote is recorded for this.'));
  }
  return h(
    'section',
    { class: 'evidence', 'aria-label': heading },
    h('h3', {}, heading, ' ', h('span', { class: 'count' }, `(${evidence.length})`)),
    h('ol', { class: 'quotes' }, ...evidence.map((e) => h('li', {}, evidenceItem(e, ctx)))),
  );
}

export function evidenceItem(e: Evidence, ctx: EvidenceContext): HTMLElement {
  const holder = h('div', { class: 'paragraph', hidden: true });
  const button = h(
    'button',
    { type: 'button', class: 'link-button show-paragraph', 'aria-expanded': 'false' },
    `Show paragraph ${e.paragraph}`,
  );
  button.addEventListener('click', () => void toggleParagraph(e, ctx, button, holder));
  const reader = ctx.reader;
  const read = reader && h('a', { class: 'read-in-context', href: reader.href(e.document, e.paragraph) }, 'Read in context');
  read?.addEventListener('click', (event) => {
    event.preventDefault();
    reader?.open(e.document, e.paragraph);
  });
  return h(
    'figure',
    { class: 'quote' },
    h('blockquote', {}, `“${e.quote}”`),
    h(
      'figcaption',
      {},
      h('span', { class: 'para-no', title: 'Paragraph number, as printed in the document' }, `¶ ${e.paragraph}`),
      ' · ',
      h('cite', {}, ctx.documentTitle(e.document)),
      ' ',
      button,
      read && ' · ',
      read,
    ),
    holder,
  );
}

async function toggleParagraph(e: Evidence, ctx: EvidenceContext, button: HTMLButtonElement, holder: HTMLElement): Promise<void> {
  if (!holder.hidden) {
    holder.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    button.textContent = `Show paragraph ${e.paragraph}`;
    return;
  }
  holder.hidden = false;
  button.setAttribute('aria-expanded', 'true');
  button.textContent = `Hide paragraph ${e.paragraph}`;
  replace(holder, h('p', { class: 'muted' }, `Loading paragraph ${e.paragraph}…`));
  try {
    const paragraph = await ctx.paragraphs.get(e.document, e.paragraph);
    if (!paragraph) {
      replace(holder, h('p', { class: 'error' }, `Paragraph ${e.paragraph} is not in the document on the server.`));
      return;
    }
    replace(holder, paragraphText(paragraph, e.quote));
  } catch (error) {
    replace(
      holder,
      h('p', { class: 'error' }, `Could not load paragraph ${e.paragraph}: ${error instanceof Error ? error.message : String(error)}`),
    );
  }
}

export function paragraphText(paragraph: Paragraph, quote: string): HTMLElement {
  const segments = highlightQuote(paragraph.text, quote);
  const found = segments.some((s) => s.mark);
  return h(
    'div',
    {},
    h(
      'p',
      { class: 'paragraph-text' },
      h('span', { class: 'para-no' }, `[${paragraph.number}] `),
      ...segments.map((s) => (s.mark ? h('mark', {}, s.text) : s.text)),
    ),
    !found && h('p', { class: 'error' }, 'The quote was not found word for word in this paragraph.'),
    paragraph.repairs.length > 0 && h('p', { class: 'muted small' }, `Repaired from the PDF text: ${paragraph.repairs.join('; ')}.`),
  );
}
