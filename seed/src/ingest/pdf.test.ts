// PDFs printed by Chromium from the Ishmael text (page breaks inside paragraphs, running headers and
// footers) must give the parser the same paragraphs, word for word, as the verbatim .txt; PDFs that
// cannot be read are refused with a reason that names the file.
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Document } from '../../../graph/src/model.ts';
import { ISHMAEL_DOCUMENT_FILE } from '../../../test/fixtures.ts';
import { HAS_CHROMIUM, printPdf, RUNNING_FOOTER, RUNNING_HEADER, summaryHtml } from '../../../test/print-pdf.ts';
import { parseDocument } from '../parse.ts';
import { pageLines } from './layout.ts';
import { extractPdfText, readPdfPages } from './pdf.ts';

/** A PDF built by hand (objects and an exact xref), for what Chromium cannot print: an encrypted file. */
function handMadePdf(objects: readonly string[], trailer = ''): Uint8Array {
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailer} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

const ONE_PAGE = [
  '<< /Type /Catalog /Pages 2 0 R >>',
  '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
  '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 300] >>',
];

/** The parts of a parsed document a reader sees; `repairs` name line numbers of the extracted text, which differ by design. */
function reading(document: Document | undefined) {
  if (!document) return undefined;
  const { paragraphs, ...rest } = document;
  return { ...rest, paragraphs: paragraphs.map(({ number, section, text }) => ({ number, section, text })) };
}

async function rejection(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => 'resolved',
    (error: unknown) => (error instanceof Error ? error.message : String(error)),
  );
}

describe('PDF errors', () => {
  it('refuses a file that is not a PDF, naming it', async () => {
    const message = await rejection(extractPdfText(new TextEncoder().encode('Stage 1 Interview Summary: Jane Roe\n'), 'notes.pdf'));
    expect(message).toBe('notes.pdf: not a PDF (it does not start with "%PDF-"); give a PDF, or the extracted text as a .txt file');
  });

  it('refuses a damaged PDF, naming it', async () => {
    const message = await rejection(extractPdfText(new TextEncoder().encode('%PDF-1.7\nnothing else'), 'broken.pdf'));
    expect(message).toBe('broken.pdf: the PDF cannot be read (it is damaged, or not a PDF): Invalid PDF structure.');
  });

  it('refuses a PDF encrypted with a password, saying what to do', async () => {
    // The standard security handler with a /U entry no empty password matches: a password-protected file.
    const encrypted = handMadePdf(
      [...ONE_PAGE, `<< /Filter /Standard /V 1 /R 2 /Length 40 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> /P -44 >>`],
      `/Encrypt 4 0 R /ID [<${'01'.repeat(16)}> <${'01'.repeat(16)}>]`,
    );
    expect(await rejection(extractPdfText(encrypted, 'secret.pdf'))).toBe(
      'secret.pdf: the PDF is encrypted with a password; open it with the password, save an unprotected copy and ingest that',
    );
  });

  it('refuses a PDF without a text layer and suggests OCR', async () => {
    expect(await rejection(extractPdfText(handMadePdf(ONE_PAGE), 'scan.pdf'))).toBe(
      'scan.pdf: the PDF has no text layer (its page holds no text: a scan, or images of text): ' +
        'run OCR on it first, e.g. `ocrmypdf scan.pdf scan-ocr.pdf`, and ingest the result',
    );
  });
});

describe.runIf(HAS_CHROMIUM)('a summary printed to PDF by Chromium', () => {
  let txt: string;
  let expected: ReturnType<typeof reading>;

  beforeAll(async () => {
    txt = await readFile(ISHMAEL_DOCUMENT_FILE, 'utf8');
    expected = reading(parseDocument(txt, 'ishmael.txt', 'ishmael').document);
  });

  it('gives the same 22 paragraphs, word for word, as the verbatim text, across page breaks inside paragraphs and without the running header and footer', async () => {
    const pdf = await printPdf(summaryHtml(txt), { headerHtml: RUNNING_HEADER, footerHtml: RUNNING_FOOTER, format: 'A5' });
    const pages = await readPdfPages(new Uint8Array(pdf), 'ishmael.pdf');
    const extracted = await extractPdfText(new Uint8Array(pdf), 'ishmael.pdf');
    const parsed = parseDocument(extracted.text, 'ishmael.pdf', 'ishmael');

    // What the test relies on: paragraphs broken across pages, and a header and footer on every page.
    const pageTexts = pages.map((p, i) =>
      pageLines(p, i)
        .map((l) => l.text)
        .join(' '),
    );
    const words = (text: string, from: number, to?: number) => text.split(' ').slice(from, to).join(' ');
    const spanning = (expected?.paragraphs ?? []).filter((p) => {
      const first = pageTexts.findIndex((t) => t.includes(words(p.text, 0, 4)));
      const last = pageTexts.findIndex((t) => t.includes(words(p.text, -4)));
      return first >= 0 && last > first;
    });
    expect(spanning.length).toBeGreaterThanOrEqual(3);
    expect(
      pageTexts.every(
        (t, i) => t.startsWith('Public Inquiry Into Foreign Interference UNCLASSIFIED') && t.endsWith(`Page ${i + 1} of ${pages.length}`),
      ),
    ).toBe(true);

    expect({ problems: parsed.problems, document: reading(parsed.document) }).toEqual({ problems: [], document: expected });
    expect(parsed.document?.paragraphs).toHaveLength(22);
    expect(extracted.text).not.toMatch(/UNCLASSIFIED|Page \d+ of/);
  }, 120_000);

  it('gives the same paragraphs on another page size, with the title itself as the running header', async () => {
    const header = RUNNING_HEADER.replace('UNCLASSIFIED', 'Stage 1 Interview Summary: Azam Ishmael');
    const pdf = await printPdf(summaryHtml(txt), { headerHtml: header, footerHtml: RUNNING_FOOTER, format: 'Letter' });
    const parsed = parseDocument((await extractPdfText(new Uint8Array(pdf), 'ishmael.pdf')).text, 'ishmael.pdf', 'ishmael');
    expect({ problems: parsed.problems, document: reading(parsed.document) }).toEqual({ problems: [], document: expected });
  }, 120_000);

  it('gives the same paragraphs from justified text in another font on small pages (more breaks, wider word gaps)', async () => {
    const html = summaryHtml(txt).replace(
      'p { margin: 0 0 9pt; }',
      'p { margin: 0 0 9pt; text-align: justify; } body { font-family: "DejaVu Sans", sans-serif; }',
    );
    expect(html).toContain('text-align: justify');
    const pdf = await printPdf(html, { headerHtml: RUNNING_HEADER, footerHtml: RUNNING_FOOTER, format: 'A6' });
    const parsed = parseDocument((await extractPdfText(new Uint8Array(pdf), 'ishmael.pdf')).text, 'ishmael.pdf', 'ishmael');
    expect({ problems: parsed.problems, document: reading(parsed.document) }).toEqual({ problems: [], document: expected });
  }, 120_000);

  it('refuses a printed page that holds only a drawing, as having no text layer', async () => {
    const html =
      '<!doctype html><body><svg width="400" height="300"><rect width="400" height="300" fill="#345"/><circle cx="200" cy="150" r="80" fill="#fc0"/></svg></body>';
    const pdf = await printPdf(html);
    expect(await rejection(extractPdfText(new Uint8Array(pdf), 'drawing.pdf'))).toBe(
      'drawing.pdf: the PDF has no text layer (its page holds no text: a scan, or images of text): ' +
        'run OCR on it first, e.g. `ocrmypdf drawing.pdf drawing-ocr.pdf`, and ingest the result',
    );
  }, 120_000);
});
