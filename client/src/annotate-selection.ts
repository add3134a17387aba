// The words a reader selected in the Read tab, as the workbench needs them: the document, the
// paragraph and the exact quote. The reader wraps each paragraph's text in `.reader-words` (with
// its number in data-paragraph); everything else (the [n] link, headings) is not part of a quote.
import { quoteAt, type TextSelection } from './annotate-model.ts';

export type SelectionReading = { type: 'words'; selection: TextSelection } | { type: 'across'; message: string } | null;

/** The characters of `words` before (container, offset): where a range boundary falls in its text. */
function offsetIn(words: Element, container: Node, offset: number): number {
  const range = document.createRange();
  range.selectNodeContents(words);
  if (!words.contains(container)) {
    // A boundary outside the paragraph's words (on its [n] link): the start or the end of the words.
    return words.compareDocumentPosition(container) & Node.DOCUMENT_POSITION_PRECEDING ? 0 : (words.textContent ?? '').length;
  }
  range.setEnd(container, offset);
  return range.toString().length;
}

const wordsOf = (node: Node | null): Element | null =>
  (node instanceof Element ? node : (node?.parentElement ?? null))?.closest('.reader-words') ?? null;

/** What the page's selection is in `root` (the reader): words of one paragraph, words across two, or nothing of the reader. */
export function readSelection(root: HTMLElement, document: string | null): SelectionReading {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed || document === null) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.commonAncestorContainer)) return null;
  const start = wordsOf(range.startContainer);
  const end = wordsOf(range.endContainer);
  const words = start ?? end;
  if (!words) return null;
  if (start && end && start !== end) return { type: 'across', message: 'A quote comes from one paragraph: select words within one.' };
  const paragraph = Number(words.getAttribute('data-paragraph'));
  const text = words.textContent ?? '';
  const found = quoteAt(
    text,
    offsetIn(words, range.startContainer, range.startOffset),
    offsetIn(words, range.endContainer, range.endOffset),
  );
  if (!Number.isInteger(paragraph) || paragraph <= 0 || !found) return null;
  return { type: 'words', selection: { document, paragraph, quote: found.quote } };
}
