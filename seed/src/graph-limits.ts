// The built graph against the limits of where it goes (graph/src/limits.ts): ids the API accepts,
// and values Neo4j's indexes take. Checked on the graph every path gets (`--out`, the in-memory
// store, the load), so a graph that only Neo4j would refuse is refused everywhere, with file:line.
import { indexViolations, MAX_ID_LENGTH, type IndexViolation } from '../../graph/src/limits.ts';
import { interviewId } from '../../graph/src/interview.ts';
import type { GraphData } from '../../graph/src/model.ts';
import type { AnnotationFile } from './annotations.ts';
import { edgeId } from './build.ts';
import type { Problem } from './problems.ts';

type Place = Pick<Problem, 'file' | 'line'>;

/** An id or a value as a message can show it: whole when short, else its start and its length. */
function shown(text: string): string {
  return text.length <= 60 ? `"${text}"` : `"${text.slice(0, 40)}…"`;
}

const bytes = (n: number) => `${n.toLocaleString('en-US')} bytes`;

function describe(v: IndexViolation): string {
  const limit = `Neo4j's ${v.kind.toLowerCase()} index on ${v.label}.${v.property} takes at most ${bytes(v.limit)} of UTF-8`;
  if (v.property === 'searchText')
    return `the name and aliases of ${shown(v.id)} are ${bytes(v.bytes)} together (searchText); ${limit}: shorten or drop aliases`;
  if (v.property === 'name') return `the name of ${shown(v.id)} is ${bytes(v.bytes)}; ${limit}`;
  if (v.property === 'attendanceKey') {
    return `this ATTENDED relation's attendance key (its event's and person's names and ids) is ${bytes(v.bytes)}; ${limit}: shorten those names`;
  }
  return `${v.label}.${v.property} of ${shown(v.id)} is ${bytes(v.bytes)}; ${limit}`;
}

/**
 * Every id of `graph` longer than MAX_ID_LENGTH, and every value too large for its Neo4j index,
 * each at the first place that defines its node or relation (its document's file for documents).
 */
export function graphLimitProblems(graph: GraphData, files: readonly AnnotationFile[], documentFile: (id: string) => string): Problem[] {
  const nodes = new Map<string, Place>();
  const edges = new Map<string, Place>();
  for (const f of files) {
    for (const n of f.nodes) if (!nodes.has(n.id)) nodes.set(n.id, { file: f.file, line: n.line });
    for (const e of f.edges) {
      const id = e.id ?? edgeId(e.type, e.source, e.target);
      if (!edges.has(id)) edges.set(id, { file: f.file, line: e.line });
    }
  }
  const placeOf = (owner: IndexViolation['owner'], id: string): Place =>
    (owner === 'node' ? nodes.get(id) : owner === 'edge' ? edges.get(id) : undefined) ?? { file: documentFile(id) };

  const problems: Problem[] = [];
  /** Documents whose own id is reported: the ids the seed derives from it (its Interview's) would only repeat that. */
  const tooLong = new Set<string>();
  for (const d of graph.documents) {
    if (d.id.length > MAX_ID_LENGTH) {
      tooLong.add(interviewId(d.id));
      problems.push({
        file: documentFile(d.id),
        message: `the document id ${shown(d.id)} (its file name) is ${d.id.length} characters; ids have at most ${MAX_ID_LENGTH}: rename the document and its annotation file`,
      });
    } else if (interviewId(d.id).length > MAX_ID_LENGTH) {
      tooLong.add(interviewId(d.id));
      problems.push({
        file: documentFile(d.id),
        message: `the id of this document's Interview node, ${shown(interviewId(d.id))}, is ${interviewId(d.id).length} characters; ids have at most ${MAX_ID_LENGTH}: rename the document and its annotation file`,
      });
    }
  }
  for (const e of graph.edges) {
    if (e.type === 'INTERVIEWED_IN' && tooLong.has(e.target)) continue;
    if (e.id.length > MAX_ID_LENGTH) {
      if (e.type === 'INTERVIEWED_IN') {
        problems.push({
          file: documentFile(e.target.slice(interviewId('').length)),
          message: `the id of the INTERVIEWED_IN relation ${shown(e.id)} the seed makes for this document is ${e.id.length} characters; ids have at most ${MAX_ID_LENGTH}: shorten the document's name or the witness's id`,
        });
        continue;
      }
      problems.push({
        ...placeOf('edge', e.id),
        message: `the relation id ${shown(e.id)} is ${e.id.length} characters; ids have at most ${MAX_ID_LENGTH}: give the relation a shorter id`,
      });
    }
  }
  // Ids over MAX_ID_LENGTH are reported above; their index entries, far below the range limit, cannot fail too.
  for (const v of indexViolations(graph)) problems.push({ ...placeOf(v.owner, v.id), message: describe(v) });
  return problems;
}
