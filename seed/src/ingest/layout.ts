// From the positioned text items of a PDF's pages to the text the parser reads (seed/src/parse.ts):
// one line per block (title, interview line, heading, paragraph), a blank line between blocks,
// running headers, footers and page numbers dropped. Pure, so every rule is tested on small,
// hand-built pages as well as on PDFs that Chromium prints.
//
// The parser joins text across blank lines inside a paragraph and takes a line for a heading only
// when it looks like one ("2.3 Flow of information", no final punctuation). So splitting a block
// where it did not end costs nothing (the parser joins it back), while merging two blocks glues a
// heading onto a paragraph: where the layout is ambiguous, the rules below split.

/** One text run as PDF.js reports it, in PDF space (y grows upwards), already unrotated. */
export interface PdfItem {
  text: string;
  x: number;
  /** Baseline */
  y: number;
  width: number;
  /** Font size */
  size: number;
  font: string;
}

export interface PdfPage {
  height: number;
  items: PdfItem[];
}

interface Line {
  page: number;
  text: string;
  y: number;
  size: number;
  font: string;
}

/** Characters whose compatibility form is the text (ligatures, odd spaces, fullwidth ASCII). */
const COMPATIBLE = /[\uFB00-\uFB06\uFF01-\uFF5E]/g;
const ODD_SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000\t]/g;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;

/**
 * NFKC only where it is safe: ligatures (ﬁ → fi) and fullwidth forms. Applied to all the text,
 * NFKC would also turn "…" into "...", "²" into "2" and "½" into "1⁄2", which the verbatim
 * extraction keeps; curly quotes and dashes are kept as they are.
 */
export function normaliseGlyphs(text: string): string {
  return text
    .replace(COMPATIBLE, (c) => c.normalize('NFKC'))
    .replace(ODD_SPACES, ' ')
    .replace(INVISIBLE, '');
}

/** Items closer than this (in font sizes) to the end of the previous item are one word. */
const WORD_GAP = 0.15;
/** Items whose baselines differ by less than this (in font sizes) are on one line. */
const SAME_LINE = 0.4;

/** The items of one page as lines, top to bottom; each line's items left to right, with spaces where the gaps are. */
export function pageLines(page: PdfPage, pageIndex: number): Line[] {
  const items = page.items
    .map((item) => ({ ...item, text: normaliseGlyphs(item.text) }))
    .filter((item) => item.text.trim() !== '')
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: (typeof items)[] = [];
  for (const item of items) {
    const group = groups[groups.length - 1];
    const first = group?.[0];
    if (group && first && Math.abs(first.y - item.y) < SAME_LINE * Math.max(first.size, item.size)) group.push(item);
    else groups.push([item]);
  }
  return groups.map((group) => {
    group.sort((a, b) => a.x - b.x);
    let text = '';
    let end = -Infinity;
    for (const item of group) {
      const gap = item.x - end;
      if (text !== '' && gap > WORD_GAP * item.size && !/\s$/.test(text) && !/^\s/.test(item.text)) text += ' ';
      text += item.text;
      end = Math.max(end, item.x + item.width);
    }
    // The line's font is the one most of its text is in (an italic word does not change it).
    const weight = new Map<string, number>();
    for (const item of group) weight.set(item.font, (weight.get(item.font) ?? 0) + item.text.length);
    const font = [...weight.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
    const size = Math.max(...group.map((i) => i.size));
    return { page: pageIndex, text: text.replace(/\s+/g, ' ').trim(), y: group[0]?.y ?? 0, size, font };
  });
}

/** "Page 3 of 9", "3", "- 3 -", "3/9": a line that is only a page number. */
const PAGE_NUMBER = /^(?:page\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:of|\/|de|sur)\s*\d{1,4})?$/i;
/** How many lines at the top and at the bottom of a page may be running headers or footers. */
const MARGIN_LINES = 3;
/** Baselines of one running header on different pages differ by less than this (points). */
const SAME_PLACE = 3;

/** A line's text with its numbers made alike, so "Page 2 of 9" and "Page 3 of 9" repeat. */
function repeatKey(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ');
}

/**
 * Drops running headers and footers (the same text at the same height among the first or last
 * lines of at least half the pages, and of two pages at least) and lines that are only a page
 * number at the top or bottom of a page.
 */
export function dropRunningLines(pages: readonly Line[][]): Line[][] {
  const margins = pages.map((lines) => {
    const top = lines.slice(0, MARGIN_LINES);
    const bottom = lines.slice(Math.max(top.length, lines.length - MARGIN_LINES));
    return [...top, ...bottom];
  });
  const needed = Math.max(2, Math.ceil(pages.length / 2));
  const repeated = (line: Line): boolean => {
    const key = repeatKey(line.text);
    let count = 0;
    for (const candidates of margins) {
      if (candidates.some((c) => repeatKey(c.text) === key && Math.abs(c.y - line.y) < SAME_PLACE)) count++;
    }
    return count >= needed;
  };
  return pages.map((lines, i) => {
    const candidates = new Set(margins[i]);
    return lines.filter((line) => !(candidates.has(line) && (PAGE_NUMBER.test(line.text) || repeated(line))));
  });
}

/** A line that starts a paragraph or a list item whatever the spacing: "[12] …", "- [3] …", "• …". */
const STARTS_BLOCK = /^(?:[-–—•*·▪●◦]\s*)?\[\d+\]|^[-–—•*·▪●◦]\s/;
const ENDS_SENTENCE = /[.!?;:"”’)\]]$/;
/** A line broken at a hyphen inside a word ("post-" / "nomination") is joined without a space. */
const ENDS_IN_HYPHEN = /\p{L}-$/u;
/** Between lines of one block, the baseline distance is at most this many times the usual one. */
const BLOCK_GAP = 1.25;
/** A change of font size by more than this share starts a new block (a heading, a title). */
const SIZE_CHANGE = 0.15;

function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/** Lines into blocks: the text the parser reads, one block a line, blocks apart by a blank line. */
export function linesToText(pages: readonly Line[][]): string {
  // The usual line pitch inside a block, in font sizes: the lower half of the pitches on the page
  // (most lines of a summary are lines inside a paragraph; the rest are gaps between blocks).
  const pitches: number[] = [];
  for (const lines of pages) {
    lines.forEach((line, i) => {
      const prev = lines[i - 1];
      if (prev && Math.abs(prev.size - line.size) <= SIZE_CHANGE * line.size) pitches.push((prev.y - line.y) / line.size);
    });
  }
  const sorted = [...pitches].sort((a, b) => a - b);
  const pitch = median(sorted.slice(0, Math.max(1, Math.ceil(sorted.length / 2)))) ?? 1.2;

  const blocks: string[][] = [];
  let previous: Line | undefined;
  for (const line of pages.flat()) {
    const block = blocks[blocks.length - 1];
    const sizeChanged = previous !== undefined && Math.abs(previous.size - line.size) > SIZE_CHANGE * Math.max(previous.size, line.size);
    let starts: boolean;
    if (!previous || !block || STARTS_BLOCK.test(line.text) || sizeChanged) starts = true;
    else if (previous.page !== line.page) {
      // Across a page break: the same block only when the text plainly runs on.
      const runsOn =
        /^\p{Ll}/u.test(line.text) ||
        ENDS_IN_HYPHEN.test(previous.text) ||
        (!ENDS_SENTENCE.test(previous.text) && previous.font === line.font);
      starts = !runsOn;
    } else {
      starts = (previous.y - line.y) / Math.max(previous.size, line.size) > pitch * BLOCK_GAP;
    }
    if (starts) blocks.push([line.text]);
    else block?.push(line.text);
    previous = line;
  }
  return `${blocks.map(joinLines).join('\n\n')}\n`;
}

/** A soft hyphen (U+00AD) marks where a word may break: at a line's end it joins the word, elsewhere it is invisible. */
const SOFT_HYPHEN = '\u00AD';

function joinLines(lines: readonly string[]): string {
  let text = '';
  for (const line of lines) {
    if (text === '') text = line;
    else if (text.endsWith(SOFT_HYPHEN)) text = text.slice(0, -1) + line;
    else if (ENDS_IN_HYPHEN.test(text) && /^\p{L}/u.test(line)) text += line;
    else text += ` ${line}`;
  }
  return text.replaceAll(SOFT_HYPHEN, '');
}

/** The whole layout step: pages of items to the text of the document. */
export function pagesToText(pages: readonly PdfPage[]): string {
  return linesToText(dropRunningLines(pages.map(pageLines)));
}
