import { describe, expect, it } from 'vitest';
import { dropRunningLines, linesToText, normaliseGlyphs, pageLines, pagesToText, type PdfItem, type PdfPage } from './layout.ts';

/** A page of lines, each one item at the left margin, 14 pt apart unless a gap is asked for. */
function page(lines: readonly (string | { text: string; gap?: number; size?: number; font?: string; y?: number })[]): PdfPage {
  let y = 800;
  const items: PdfItem[] = lines.map((line) => {
    const l = typeof line === 'string' ? { text: line } : line;
    y = l.y ?? y - (l.gap ?? 14);
    return { text: l.text, x: 72, y, width: l.text.length * 5, size: l.size ?? 10, font: l.font ?? 'body' };
  });
  return { height: 842, items };
}

describe('normaliseGlyphs', () => {
  it('expands ligatures and odd spaces but keeps quotes, dashes, ellipses and superscripts as the text has them', () => {
    expect(normaliseGlyphs('ﬁrst\u00A0oﬃce\u2009– “ordinarily” … ²\u200B')).toBe('first office – “ordinarily” … ²');
  });
});

describe('pageLines', () => {
  it('puts items with one baseline on one line, left to right, with a space only where there is a gap', () => {
    const items: PdfItem[] = [
      { text: 'world', x: 140, y: 700, width: 25, size: 10, font: 'f' },
      { text: 'Hel', x: 100, y: 700.5, width: 15, size: 10, font: 'f' },
      { text: 'lo', x: 115, y: 700, width: 10, size: 10, font: 'f' },
      { text: 'Next line', x: 100, y: 686, width: 45, size: 10, font: 'f' },
    ];
    expect(pageLines({ height: 842, items }, 0).map((l) => l.text)).toEqual(['Hello world', 'Next line']);
  });
});

describe('dropRunningLines', () => {
  it('drops a header and a numbered footer repeated on most pages, and keeps body lines that repeat elsewhere', () => {
    const pages = [1, 2, 3].map((n) =>
      pageLines(
        page([
          { text: 'Public Inquiry Into Foreign Interference', y: 820 },
          {
            text: ['Stage 1 Interview Summary: Jane Roe', 'Body text on the second page.', 'Body text on the third page.'][n - 1] ?? '',
            y: 780,
          },
          // The header's words again, in the body: at another height on each page, so not a running line.
          { text: 'Public Inquiry Into Foreign Interference', y: 480 + 20 * n },
          { text: `Page ${n} of 3`, y: 30 },
        ]),
        n - 1,
      ),
    );
    expect(dropRunningLines(pages).map((p) => p.map((l) => l.text))).toEqual([
      ['Stage 1 Interview Summary: Jane Roe', 'Public Inquiry Into Foreign Interference'],
      ['Body text on the second page.', 'Public Inquiry Into Foreign Interference'],
      ['Body text on the third page.', 'Public Inquiry Into Foreign Interference'],
    ]);
  });

  it('drops a bare page number even on a one-page document, where nothing can repeat', () => {
    const pages = [
      pageLines(
        page([
          { text: 'Title', y: 800 },
          { text: '[1] Text.', y: 780 },
          { text: '1', y: 30 },
        ]),
        0,
      ),
    ];
    expect(dropRunningLines(pages).map((p) => p.map((l) => l.text))).toEqual([['Title', '[1] Text.']]);
  });
});

describe('linesToText', () => {
  it('joins the lines of a block, splits blocks at a wider gap, a [n] or a change of size', () => {
    const text = pagesToText([
      page([
        { text: 'Stage 1 Interview', size: 16 },
        { text: 'Summary: Jane Roe', size: 16, gap: 20 },
        { text: 'Jane Roe, the Director, was', gap: 30 },
        'interviewed by Commission counsel.',
        { text: '1. Background', gap: 24 },
        '[1] Jane Roe has served since',
        '2017 as the director of a post-',
        'election review.',
        '[2] Second paragraph.',
      ]),
    ]);
    expect(text).toBe(
      `${[
        'Stage 1 Interview Summary: Jane Roe',
        'Jane Roe, the Director, was interviewed by Commission counsel.',
        '1. Background',
        '[1] Jane Roe has served since 2017 as the director of a post-election review.',
        '[2] Second paragraph.',
      ].join('\n\n')}\n`,
    );
  });

  it('carries a paragraph across a page break when it runs on, and starts a new block when it may not', () => {
    const first = page(['Title', { text: '[1] The text runs on to the', gap: 30 }]);
    const second = page(['next page.', { text: '2. A heading', gap: 30 }, '[2] Ends here.']);
    const third = page(['Capitalised text after a full stop.']);
    const lines = [first, second, third].map(pageLines);
    expect(linesToText(lines)).toBe(
      `${['Title', '[1] The text runs on to the next page.', '2. A heading', '[2] Ends here.', 'Capitalised text after a full stop.'].join('\n\n')}\n`,
    );
  });

  it('joins a word broken by a soft hyphen at the end of a line', () => {
    expect(pagesToText([page(['Title', { text: '[1] cyber\u00ADse\u00ADcu\u00AD', gap: 30 }, 'rity matters.'])])).toBe(
      'Title\n\n[1] cybersecurity matters.\n',
    );
  });
});
