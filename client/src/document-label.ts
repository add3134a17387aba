// How the viewer names a document wherever it shows a paragraph number: a short form people can
// scan ("Ishmael ¶5"), with the full title kept for the hover text. One place, so that every view
// (details, Table, Who attended, Compare, Timeline, Reader) names documents alike.

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
  if (!doc) return { text: `${document} ¶${paragraph}`, title: document };
  return { text: `${documentShortName(doc)} ¶${paragraph}`, title: `${doc.title}, paragraph ${paragraph}` };
}
