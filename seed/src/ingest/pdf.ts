// The text of a PDF, through Mozilla's PDF.js (its Node build): text items with their positions,
// laid out into the parser's text by ./layout.ts. Offline: no worker download, no fetch, no eval,
// no font loading (text extraction needs none of them); CMaps and standard-font metrics come from
// the installed package, for PDFs whose fonts are not embedded.
import { basename, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getDocument, GlobalWorkerOptions, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { IngestError } from './errors.ts';
import { pagesToText, type PdfItem, type PdfPage } from './layout.ts';

/** A summary is a few dozen pages; a PDF this large is not one (and would take long to read). */
export const MAX_PDF_BYTES = 50 * 1024 * 1024;

const PACKAGE = new URL('../../../node_modules/pdfjs-dist/', import.meta.url);

// In Node, PDF.js runs its worker in this thread, importing the worker module on first use. The
// minified one (same build) loads faster: it has no source map for tsx and Node to read, and is a
// third of the size. A probe under tsx: opening the first PDF took 1.2–2.1 s with it, 2.6–4.2 s without.
GlobalWorkerOptions.workerSrc = new URL('legacy/build/pdf.worker.min.mjs', PACKAGE).href;

export interface PdfText {
  text: string;
  pages: number;
}

/** Whether the bytes are a PDF: "%PDF-" within the first KiB, as PDF readers accept. */
export function looksLikePdf(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

function errorName(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error && typeof error.name === 'string' ? error.name : '';
}

/** The pages of a PDF as positioned text items. Throws IngestError naming `file`. */
export async function readPdfPages(bytes: Uint8Array, file: string): Promise<PdfPage[]> {
  if (bytes.length > MAX_PDF_BYTES) throw new IngestError(file, `the PDF is ${bytes.length} bytes; the limit is ${MAX_PDF_BYTES}`);
  if (!looksLikePdf(bytes))
    throw new IngestError(file, 'not a PDF (it does not start with "%PDF-"); give a PDF, or the extracted text as a .txt file');
  const task = getDocument({
    // PDF.js transfers the buffer to its worker: give it a copy, so the caller's bytes stay usable.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
    useWorkerFetch: false,
    cMapUrl: fileURLToPath(new URL('cmaps/', PACKAGE)),
    standardFontDataUrl: fileURLToPath(new URL('standard_fonts/', PACKAGE)),
    verbosity: VerbosityLevel.ERRORS,
  });
  let pdf;
  try {
    pdf = await task.promise;
  } catch (error) {
    await task.destroy();
    if (errorName(error) === 'PasswordException') {
      throw new IngestError(
        file,
        'the PDF is encrypted with a password; open it with the password, save an unprotected copy and ingest that',
      );
    }
    const reason = error instanceof Error ? error.message : String(error);
    throw new IngestError(file, `the PDF cannot be read (it is damaged, or not a PDF): ${reason}`);
  }
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const [, , , top] = page.view;
      // Our own normalisation (layout.ts) instead of PDF.js's, which applies NFKC to more than is safe.
      const content = await page.getTextContent({ disableNormalization: true });
      const items: PdfItem[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        const [a, b, c, d, x, y] = item.transform as number[];
        // Rotated or mirrored text (a watermark, a margin note) is not part of the running text.
        if (Math.abs(b ?? 0) > 1e-3 || Math.abs(c ?? 0) > 1e-3 || (a ?? 0) <= 0 || (d ?? 0) <= 0) continue;
        items.push({ text: item.str, x: x ?? 0, y: y ?? 0, width: item.width, size: Math.abs(d ?? item.height), font: item.fontName });
      }
      pages.push({ height: top ?? 0, items });
      page.cleanup();
    }
    return pages;
  } finally {
    await pdf.destroy();
  }
}

/** The text of a PDF as the parser reads it. Throws IngestError naming `file`, e.g. for a PDF with no text layer. */
export async function extractPdfText(bytes: Uint8Array, file: string): Promise<PdfText> {
  const pages = await readPdfPages(bytes, file);
  if (!pages.some((p) => p.items.some((i) => i.text.trim() !== ''))) {
    const stem = basename(file, extname(file));
    throw new IngestError(
      file,
      `the PDF has no text layer (${pages.length === 1 ? 'its page holds' : `its ${pages.length} pages hold`} no text: a scan, or images of text): ` +
        `run OCR on it first, e.g. \`ocrmypdf ${basename(file)} ${stem}-ocr.pdf\`, and ingest the result`,
    );
  }
  return { text: pagesToText(pages), pages: pages.length };
}
