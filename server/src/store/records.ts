// Record-building rules both stores share, so the in-memory and Neo4j answers cannot drift apart.
import { interviewId } from '../../../graph/src/interview.ts';
import { NotTraceableError } from '../errors.ts';
import { byName } from './order.ts';
import type { Evidence, GraphNode, TraceRecord, TraceStepRecord } from './types.ts';

const NO_FURTHER_RESPONSE = 'The document records no further response';

function evidenceKey(e: Evidence): string {
  return `${e.document}#${e.paragraph}#${e.quote}`;
}

/** Concatenated, each piece of evidence once (a recommendation and its RECOMMENDED relations often cite the same words). */
export function mergeEvidence(...lists: Evidence[][]): Evidence[] {
  const merged = new Map<string, Evidence>();
  for (const e of lists.flat()) if (!merged.has(evidenceKey(e))) merged.set(evidenceKey(e), e);
  return [...merged.values()];
}

/** A trace from its steps in any order: sorted, and ended explicitly when the last step is that nothing (more) was done. */
export function traceRecord(id: string, incident: GraphNode, unordered: TraceStepRecord[]): TraceRecord {
  const steps = [...unordered].sort((a, b) => a.order - b.order || byName(a.response, b.response));
  const last = steps.at(-1);
  if (!last) throw new NotTraceableError(id);
  const explicit = last.negative;
  return {
    incident,
    steps,
    end: {
      explicit,
      afterStep: last.order,
      description: explicit ? last.response.name : NO_FURTHER_RESPONSE,
      evidence: explicit ? last.evidence : [],
    },
  };
}

/** Whether any of the evidence comes from the document (no document: every item passes the filter). */
export function cites(evidence: readonly Evidence[], document: string | undefined): boolean {
  return document === undefined || evidence.some((e) => e.document === document);
}

/** The Interview node a document records: the Interview whose id the seed gives it (graph/src/interview.ts interviewId), or null. */
export function interviewOf(document: string, nodeOf: (id: string) => GraphNode | undefined): GraphNode | null {
  const node = nodeOf(interviewId(document));
  return node?.kind === 'Interview' ? node : null;
}

/**
 * What the document queries (fragments/document-record.cypher) put before a document's id to find
 * its Interview node: interviewId's prefix, so the rule stays written once, in graph/src/interview.ts.
 */
export const INTERVIEW_ID_PREFIX = interviewId('');
