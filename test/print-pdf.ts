// Test support: PDFs made by Chromium's print to PDF (playwright-core `page.pdf()`), so the ingest
// tests read PDFs laid out by a real engine (text items, fonts, page breaks inside paragraphs,
// running headers and footers) rather than hand-written content streams.
import { HAS_CHROMIUM, launchChromium } from './chromium.ts';

export { HAS_CHROMIUM };

export interface PrintOptions {
  /** A running header on every page (Chromium's headerTemplate); may use the pageNumber and totalPages classes */
  headerHtml?: string;
  /** A running footer on every page */
  footerHtml?: string;
  /** CSS page size, e.g. 'A5' or 'Letter' (smaller pages give more page breaks inside paragraphs) */
  format?: string;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * An interview summary's text as the page a summary PDF looks like: the title as a heading, one
 * block per non-blank line, paragraphs free to break across pages (orphans and widows at 1).
 * A line that starts in lower case continues the block before it (the original extraction broke
 * it at a page break), so it is joined back first.
 */
export function summaryHtml(text: string): string {
  const blocks = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const joined: string[] = [];
  for (const block of blocks) {
    const previous = joined[joined.length - 1];
    // A block that starts in lower case continues the one before it across a page break.
    if (previous !== undefined && /^[a-z]/.test(block)) joined[joined.length - 1] = `${previous} ${block}`;
    else joined.push(block);
  }
  const [title, ...rest] = joined;
  const body = rest.map((b) => (/^\d+(\.\d+)*\.?\s/.test(b) ? `<h2>${escapeHtml(b)}</h2>` : `<p>${escapeHtml(b)}</p>`)).join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><style>
    body { font: 12pt/1.45 "DejaVu Serif", serif; orphans: 1; widows: 1; }
    h1 { font-size: 16pt; text-align: center; margin: 0 0 14pt; }
    h2 { font-size: 12pt; margin: 12pt 0 6pt; }
    p { margin: 0 0 9pt; }
  </style></head><body><h1>${escapeHtml(title ?? '')}</h1>\n${body}</body></html>`;
}

/** Prints `html` to a PDF with Chromium and returns its bytes. */
export async function printPdf(html: string, options: PrintOptions = {}): Promise<Buffer> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    const headerFooter = options.headerHtml !== undefined || options.footerHtml !== undefined;
    return await page.pdf({
      format: options.format ?? 'A4',
      printBackground: false,
      displayHeaderFooter: headerFooter,
      headerTemplate: options.headerHtml ?? '<span></span>',
      footerTemplate: options.footerHtml ?? '<span></span>',
      margin: headerFooter
        ? { top: '25mm', bottom: '25mm', left: '20mm', right: '20mm' }
        : { top: '20mm', bottom: '20mm', left: '20mm', right: '20mm' },
    });
  } finally {
    await browser.close();
  }
}

/** The running header and footer of the summaries: the series' name and "Page N of M". */
export const RUNNING_HEADER =
  '<div style="font-size:9pt;width:100%;margin:0 20mm;display:flex;justify-content:space-between">' +
  '<span>Public Inquiry Into Foreign Interference</span><span>UNCLASSIFIED</span></div>';
export const RUNNING_FOOTER =
  '<div style="font-size:9pt;width:100%;text-align:center">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>';
