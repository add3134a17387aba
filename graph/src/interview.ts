// The interview behind each document is a node of its own (DESIGN.md, "The interview is a node"):
// the seed makes one per document, and an INTERVIEWED_IN relation from each witness's Person node.
// Its id follows from the document's, so every store and view can find it without a lookup.

/** `interview-<document id>`: the Interview node the seed makes for a document. */
export function interviewId(documentId: string): string {
  return `interview-${documentId}`;
}

/**
 * The paragraph number the Interview node's evidence (and its INTERVIEWED_IN relations') cites: the
 * document's header, before [1], whose interview line ("X, the …, was interviewed by … on …") is
 * the quote (Document.interviewLine). No Paragraph has this number.
 */
export const INTERVIEW_PARAGRAPH = 0;
