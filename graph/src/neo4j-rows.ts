// The canonical graph as the flat rows the load queries UNWIND. Neo4j properties cannot nest,
// so evidence becomes three parallel lists on every node and relationship.
import { attendanceEdges } from './attendance.ts';
import { INTERVIEW_PARAGRAPH } from './interview.ts';
import { paragraphId, type Evidence, type GraphData, type PropertyValue } from './model.ts';
import { searchText } from './normalise.ts';

type Props = Record<string, PropertyValue | number[]>;

export function sectionId(document: string, number: string): string {
  return `${document}§${number}`;
}

function evidenceProps(evidence: readonly Evidence[]): Props {
  return {
    evidenceDocuments: evidence.map((e) => e.document),
    evidenceParagraphs: evidence.map((e) => e.paragraph),
    evidenceQuotes: evidence.map((e) => e.quote),
  };
}

function defined(props: Record<string, PropertyValue | number[] | undefined>): Props {
  // A loop, not entries → filter → fromEntries (a sixth of the rows' building at corpus scale, with its garbage).
  const kept: Props = {};
  for (const key in props) {
    const value = props[key];
    if (value !== undefined) kept[key] = value;
  }
  return kept;
}

export function edgeKey(type: string, source: string, id: string, target: string): string {
  return `${type} ${source} ${id} ${target}`;
}

export function toNeo4jRows(graph: GraphData) {
  const documents = graph.documents.map((d) => ({
    id: d.id,
    props: {
      id: d.id,
      title: d.title,
      interviewee: d.interviewee,
      witnesses: d.witnesses,
      interviewer: d.interviewer,
      date: d.date,
      notes: d.notes,
      ...(d.interviewLine ? { interviewLine: d.interviewLine } : {}),
    },
  }));
  const sections = graph.documents.flatMap((d) =>
    d.sections.map((s) => ({
      id: sectionId(d.id, s.number),
      document: d.id,
      props: { id: sectionId(d.id, s.number), document: d.id, number: s.number, title: s.title },
    })),
  );
  const paragraphs = graph.documents.flatMap((d) =>
    d.paragraphs.map((p) => ({
      id: paragraphId(d.id, p.number),
      document: d.id,
      sectionId: sectionId(d.id, p.section),
      props: defined({
        id: paragraphId(d.id, p.number),
        document: d.id,
        number: p.number,
        section: p.section,
        sectionId: sectionId(d.id, p.section),
        text: p.text,
        repairs: p.repairs,
      }),
    })),
  );
  const nodes = graph.nodes.map((n) => ({
    id: n.id,
    kind: n.kind,
    props: defined({
      ...n.properties,
      id: n.id,
      kind: n.kind,
      name: n.name,
      aliases: n.aliases,
      description: n.description,
      date: n.date,
      elections: n.elections,
      // Normalised names for search (the store compares against them; see normalise.ts).
      searchText: searchText(n.name, n.aliases),
      // Only drafts carry it: a reviewed graph's rows (and its fingerprint) stay as they were.
      draft: n.draft ? true : undefined,
      // Likewise only on negative facts, and on nodes that resolutions.yaml merged others into.
      negative: n.negative ? true : undefined,
      mergedIds: n.mergedIds?.length ? n.mergedIds : undefined,
      // Two numbers rather than a point: the compact node form reads them as two plain fields.
      positionX: n.position?.x,
      positionY: n.position?.y,
      ...evidenceProps(n.evidence),
    }),
  }));
  // The attendance order and paging key (attendance.ts), on the ATTENDED relations it applies to.
  const attendanceKeys = new Map(attendanceEdges(graph).map((a) => [a.edge, a.key]));
  const edges = graph.edges.map((e) => ({
    id: e.id,
    type: e.type,
    source: e.source,
    target: e.target,
    props: defined({
      ...e.properties,
      id: e.id,
      attendanceKey: attendanceKeys.get(e),
      draft: e.draft ? true : undefined,
      negative: e.negative ? true : undefined,
      ...evidenceProps(e.evidence),
    }),
  }));
  // The Interview nodes' evidence cites the header (INTERVIEW_PARAGRAPH), which is no Paragraph node to link to.
  const evidence = graph.nodes.flatMap((n) =>
    n.evidence
      .filter((e) => e.paragraph !== INTERVIEW_PARAGRAPH)
      .map((e) => ({ entity: n.id, paragraph: paragraphId(e.document, e.paragraph), quote: e.quote })),
  );
  const mentions = graph.mentions.map((m) => ({
    paragraph: paragraphId(m.document, m.paragraph),
    entity: m.entity,
    text: m.text,
  }));
  return { documents, sections, paragraphs, nodes, edges, evidence, mentions };
}

export type Neo4jRows = ReturnType<typeof toNeo4jRows>;

/** What prune.cypher keeps: everything else the seed owns is deleted. */
export function keepKeys(rows: Neo4jRows) {
  return {
    entityIds: rows.nodes.map((n) => n.id),
    documentIds: rows.documents.map((d) => d.id),
    sectionIds: rows.sections.map((s) => s.id),
    paragraphIds: rows.paragraphs.map((p) => p.id),
    edgeKeys: rows.edges.map((e) => edgeKey(e.type, e.source, e.id, e.target)),
    evidenceKeys: [...new Set(rows.evidence.map((e) => `${e.entity} ${e.paragraph} ${e.quote}`))],
    mentionKeys: rows.mentions.map((m) => `${m.paragraph} ${m.entity}`),
  };
}
