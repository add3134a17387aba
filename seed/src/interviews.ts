// The Interview node of each document and the INTERVIEWED_IN relation of each witness, made by the
// seed from the document's header (title and interview line), not curated. Their evidence cites the
// interview line as paragraph 0 (graph/src/interview.ts), the header being no numbered paragraph.
import { INTERVIEW_PARAGRAPH, interviewId } from '../../graph/src/interview.ts';
import type { Document, Evidence, GraphEdge } from '../../graph/src/model.ts';
import type { MergedNode } from './merge-nodes.ts';
import type { Problem } from './problems.ts';

function headerEvidence(document: Document): Evidence[] {
  return document.interviewLine ? [{ document: document.id, paragraph: INTERVIEW_PARAGRAPH, quote: document.interviewLine }] : [];
}

/** The Interview node of a document: named after its witnesses, dated, with its interviewer. */
export function interviewNode(document: Document, file: string): MergedNode {
  return {
    id: interviewId(document.id),
    kind: 'Interview',
    name: `Interview of ${document.interviewee}`,
    ...(document.date ? { date: document.date } : {}),
    properties: { interviewer: document.interviewer },
    evidence: headerEvidence(document),
    definedAt: { file, line: 1 },
    cited: 1,
    reviewed: true,
    // Its name is not in the text: nothing to link mentions by (and two interviews of one witness share it).
    globalLabels: [],
    documentAliases: new Map(),
    aliasesAt: new Map(),
  };
}

const peopleByDocument = new WeakMap<ReadonlyMap<string, MergedNode>, Map<string, MergedNode[]>>();

/** The Person nodes each document cites, worked out once per graph (not once per document: a corpus has a thousand). */
function peopleOf(document: string, nodes: ReadonlyMap<string, MergedNode>): MergedNode[] {
  let byDocument = peopleByDocument.get(nodes);
  if (!byDocument) {
    byDocument = new Map();
    for (const n of nodes.values()) {
      if (n.kind !== 'Person') continue;
      for (const d of new Set(n.evidence.map((e) => e.document))) byDocument.set(d, [...(byDocument.get(d) ?? []), n]);
    }
    peopleByDocument.set(nodes, byDocument);
  }
  return byDocument.get(document) ?? [];
}

/**
 * One INTERVIEWED_IN relation per witness, from the Person the document cites under the witness's
 * name or one of its aliases (this document's too). A witness no Person matches is a warning.
 */
export function interviewEdges(
  document: Document,
  file: string,
  nodes: ReadonlyMap<string, MergedNode>,
  plain: (text: string) => string,
  edgeId: (source: string, target: string) => string,
  warnings: Problem[],
): GraphEdge[] {
  const people = peopleOf(document.id, nodes);
  const interview = interviewId(document.id);
  return document.witnesses.flatMap((witness): GraphEdge[] => {
    const key = plain(witness);
    const person = people.find((p) => [...p.globalLabels, ...(p.documentAliases.get(document.id) ?? [])].some((l) => plain(l) === key));
    if (!person) {
      warnings.push({
        file,
        message: `the witness "${witness}" is no Person this document cites (by name or alias): add one, so that INTERVIEWED_IN links them to the interview`,
      });
      return [];
    }
    return [
      {
        id: edgeId(person.id, interview),
        type: 'INTERVIEWED_IN',
        source: person.id,
        target: interview,
        evidence: headerEvidence(document),
        // The interview is certain (the header says it), but which Person is the witness is the draft's claim until reviewed.
        ...(person.reviewed ? {} : { draft: true }),
      },
    ];
  });
}
