// Evidence, the heart of the tool: each quote with its paragraph number and document, one button
// that opens the whole paragraph with the quote marked, so a reader sees the sentence in its
// context without leaving the view, and one that copies a citation of it for a report.
import { INTERVIEW_PARAGRAPH } from '../../graph/src/interview.ts';
import type { Api, Evidence, Paragraph } from './api.ts';
import { formatDate } from './dates.ts';
import { type DocumentNaming, paragraphRef } from './document-label.ts';
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

/** What a citation names of a document: its title, its witnesses, the date of the interview. */
export interface CitedDocument extends DocumentNaming {
  /** ISO 8601 date of the interview */
  date: string;
}

export interface EvidenceContext {
  paragraphs: ParagraphCache;
  documentTitle(id: string): string;
  /** The documents by id: each ¶ is named after its document (document-label.ts), and citations name it in full */
  documents: ReadonlyMap<string, CitedDocument>;
  /** Opens a paragraph in the reader (views/reader.ts): its link, and what following it does */
  reader?: { href(document: string, paragraph: number): string; open(document: string, paragraph: number): void };
}

/** A list of evidence: quote, "Ishmael ¶9", a button to read the whole paragraph, one to copy a citation. */
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
  const ref = paragraphRef(ctx.documents, e.document, e.paragraph);
  // The interview line of the header is quoted whole and is no numbered paragraph: nothing more to show or read.
  const header = e.paragraph === INTERVIEW_PARAGRAPH;
  const holder = h('div', { class: 'paragraph', hidden: true });
  const button = h(
    'button',
    { type: 'button', class: 'link-button show-paragraph', 'aria-expanded': 'false' },
    `Show paragraph ${e.paragraph}`,
  );
  button.addEventListener('click', () => void toggleParagraph(e, ctx, button, holder));
  const reader = header ? undefined : ctx.reader;
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
      // The short name ("Ishmael ¶5"); the full title on hover, and in full in a copied citation.
      h('cite', { class: 'para-no', title: ref.title }, ref.text),
      !header && ' ',
      !header && button,
      read && ' · ',
      read,
      ' · ',
      copyCitationButton(e, ctx),
    ),
    holder,
  );
}

/**
 * A citation of one quote as a report would give it: the quote, the document's title and the
 * paragraph, the date of the interview, and a link back to the view it was copied from.
 */
export function citationText(e: Evidence, doc: CitedDocument | undefined, link: string): string {
  const where = e.paragraph === INTERVIEW_PARAGRAPH ? 'interview line' : `¶${e.paragraph}`;
  const source = doc ? `${doc.title}, ${where}, interview of ${formatDate(doc.date)}` : `${e.document}, ${where}`;
  return `“${e.quote}” (${source}). Testimony Graph: ${link}`;
}

function copyCitationButton(e: Evidence, ctx: EvidenceContext): HTMLElement {
  const said = h('span', { class: 'copy-status', role: 'status' });
  const button = h(
    'button',
    {
      type: 'button',
      class: 'link-button copy-citation',
      'aria-label': `Copy a citation of paragraph ${e.paragraph}`,
      onClick: () => {
        const text = citationText(e, ctx.documents.get(e.document), location.href);
        copyText(text).then(
          (copied) => {
            said.textContent = copied ? ' Copied.' : ' Select the citation below and copy it.';
            if (!copied) said.after(h('textarea', { class: 'citation-text', readonly: true, rows: 4, 'aria-label': 'Citation' }, text));
          },
          () => {
            said.textContent = ' Could not copy.';
          },
        );
      },
    },
    'Copy citation',
  );
  return h('span', {}, button, said);
}

/**
 * Put text on the clipboard: the Clipboard API where the page may use it (a secure context, the
 * permission given), else the older copy command on a hidden text field (plain http on a LAN
 * address); false when neither worked, and the caller shows the text to copy by hand.
 */
export async function copyText(text: string): Promise<boolean> {
  if (navigator.clipboard && window.isSecureContext) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Refused (no permission, the page not focused): try the older way.
    }
  }
  const field = h('textarea', { readonly: true, class: 'visually-hidden', 'aria-hidden': 'true' }, text);
  const focused = document.activeElement;
  document.body.append(field);
  field.select();
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  field.remove();
  if (focused instanceof HTMLElement) focused.focus({ preventScroll: true });
  return copied;
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
