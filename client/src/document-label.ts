// How the viewer names a document wherever it shows a paragraph number: a short form people can
// scan ("Ishmael ¶5"), with the full title kept for the hover text. One place, so that every view
// (details, Table, Who attended, Compare, Timeline, Reader) names documents alike.
import { INTERVIEW_PARAGRAPH } from '../../graph/src/interview.ts';

export interface DocumentNaming {
  id: string;
  title: string;
  /** The witnesses as the title names them, joined ("Azam Ishmael"; "Jane Roe and John Doe") */
  interviewee: string;
}

/** The witnesses' surnames ("Ishmael"; "Roe, Doe"), or the document's id when it names nobody. */
export function documentShortName(doc: DocumentNaming): string {
  const names = doc.interviewee
    .split(/\s*(?:,|\band\b|&)\s*/)
    .map((n) => n.trim())
    .filter((n) => n.length > 0);
  const surnames = names.map((n) => n.split(/\s+/).at(-1) ?? n);
  return surnames.length > 0 ? surnames.join(', ') : doc.id;
}

/** "Ishmael ¶5", with the title for a tooltip; an unknown document is named by its id. */
export function paragraphRef(
  documents: ReadonlyMap<string, DocumentNaming>,
  document: string,
  paragraph: number,
): { text: string; title: string } {
  const doc = documents.get(document);
  // The Interview node cites the document's header (who was interviewed, when, by whom), not a numbered paragraph.
  const header = paragraph === INTERVIEW_PARAGRAPH;
  if (!doc) return { text: header ? `${document}, interview line` : `${document} ¶${paragraph}`, title: document };
  if (header) return { text: `${documentShortName(doc)}, interview line`, title: `${doc.title}, the interview line of its header` };
  return { text: `${documentShortName(doc)} ¶${paragraph}`, title: `${doc.title}, paragraph ${paragraph}` };
}
