// The embedded store: the canonical graph held in graphology, so `npm start` needs nothing else.
// Everything is computed from the curated edges on each call; the graph is small (tens of nodes)
// and the answers must match the Neo4j store's, so no caching layer sits in between.
// Past 300 lines: one method per store query, each short, all over the same graphology graph.
import { MultiDirectedGraph, UndirectedGraph } from 'graphology';
import { bidirectional } from 'graphology-shortest-path/unweighted';
import { bfsFromNode } from 'graphology-traversal';
import { attendanceEdges, attendanceRange, eventElections, type AttendanceEdge } from '../../../graph/src/attendance.ts';
import type { GraphData, Mention } from '../../../graph/src/model.ts';
import { byDateThenName, byDocumentOrder, byId, byName, compareText } from './order.ts';
import { findDisagreements, ANNOTATED_TYPES } from './disagreements.ts';
import { cites, interviewOf, mergeEvidence, traceRecord } from './records.ts';
import { timelineOf } from './timeline.ts';
import { matchRank, type MatchRank } from './text.ts';
import { rankParagraphs } from '../../../graph/src/text-search.ts';
import type {
  AttendanceRecord,
  BriefingRecord,
  ClaimRecord,
  DocumentRecord,
  GraphEdge,
  GraphNode,
  GraphStore,
  IncidentRecord,
  NodeRecord,
  NodeWithEvidence,
  ParagraphRecord,
  RecommendationRecord,
  RelationRecord,
  SubgraphRecord,
  TextHitRecord,
  TraceStepRecord,
} from './types.ts';

interface NodeAttributes {
  node: GraphNode;
}
interface EdgeAttributes {
  edge: GraphEdge;
}

const STEP_LINK_TYPES = new Set(['REPORTED_TO', 'CONSULTED', 'ABOUT']);

function paragraphKey(document: string, number: number): string {
  return `${document}#${number}`;
}

export function createMemoryStore(data: GraphData): GraphStore {
  const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  for (const node of data.nodes) graph.addNode(node.id, { node });
  for (const edge of data.edges) graph.addEdgeWithKey(edge.id, edge.source, edge.target, { edge });
  // Paths and neighbourhoods ignore direction ("who is connected to whom"), and a path needs one
  // hop per pair of nodes, however many relations join them: hence a simple undirected view.
  const undirected = new UndirectedGraph();
  graph.forEachNode((id) => undirected.addNode(id));
  graph.forEachEdge((_key, _attrs, source, target) => {
    if (source !== target) undirected.mergeEdge(source, target);
  });

  // A merged id answers with the node it became (seed/resolutions.yaml `same`).
  const mergedInto = new Map<string, string>();
  for (const node of data.nodes) for (const old of node.mergedIds ?? []) mergedInto.set(old, node.id);

  const paragraphs = new Map<string, ParagraphRecord>();
  const mentionsByParagraph = new Map<string, Set<string>>();
  for (const m of data.mentions) addMention(mentionsByParagraph, m);
  const documents: DocumentRecord[] = [...data.documents].sort(byId).map((doc) => ({
    id: doc.id,
    title: doc.title,
    interviewee: doc.interviewee,
    witnesses: doc.witnesses,
    interviewer: doc.interviewer,
    date: doc.date,
    notes: doc.notes,
    sections: doc.sections,
    paragraphs: [...doc.paragraphs]
      .sort((a, b) => a.number - b.number)
      .map((p) => {
        const key = paragraphKey(doc.id, p.number);
        const record: ParagraphRecord = {
          document: doc.id,
          number: p.number,
          section: p.section,
          text: p.text,
          repairs: p.repairs ?? [],
          mentions: [...(mentionsByParagraph.get(key) ?? [])].sort(),
        };
        paragraphs.set(key, record);
        return record;
      }),
    interview: interviewOf(doc.id, (id) => (graph.hasNode(id) ? graph.getNodeAttributes(id).node : undefined)),
  }));

  const nodeOf = (id: string): GraphNode => graph.getNodeAttributes(id).node;
  const nodesOfKind = (kind: string): GraphNode[] => graph.filterNodes((_id, a) => a.node.kind === kind).map(nodeOf);
  const outEdges = (id: string, type: string): GraphEdge[] =>
    graph
      .mapOutEdges(id, (_k, a) => a.edge)
      .filter((e) => e.type === type)
      .sort(byId);
  const inEdges = (id: string, type: string): GraphEdge[] =>
    graph
      .mapInEdges(id, (_k, a) => a.edge)
      .filter((e) => e.type === type)
      .sort(byId);
  const withEvidence = (node: GraphNode, edge: GraphEdge): NodeWithEvidence =>
    edge.negative === true ? { node, evidence: edge.evidence, negative: true } : { node, evidence: edge.evidence };
  /** The organizations a person REPRESENTED or HELD_ROLE in, by name, each once. */
  const representing = (person: string): GraphNode[] => {
    const ids = new Set([...outEdges(person, 'REPRESENTED'), ...outEdges(person, 'HELD_ROLE')].map((e) => e.target));
    return [...ids]
      .map(nodeOf)
      .filter((n) => n.kind === 'Organization')
      .sort(byName);
  };
  const claimRecord = (claim: GraphNode): ClaimRecord => ({
    claim,
    by: inEdges(claim.id, 'ASSERTED')
      .map((e) => nodeOf(e.source))
      .sort(byName),
    about: outEdges(claim.id, 'ABOUT')
      .map((e) => nodeOf(e.target))
      .sort(byName),
  });
  const byNodeName = (a: { node: GraphNode }, b: { node: GraphNode }) => byName(a.node, b.node);

  // Every attendance in key order, found once: the page after a key starts where a binary search lands.
  let attendanceRows: AttendanceEdge[] | undefined;
  const attendance = (): AttendanceEdge[] => (attendanceRows ??= attendanceEdges(data));
  function firstAfter(rows: readonly AttendanceEdge[], key: string): number {
    let lo = 0;
    let hi = rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (rows[mid]!.key <= key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The year of the election an event is PART_OF, or null (graph/src/attendance.ts, one rule for both uses). */
  const elections = eventElections(data);
  const electionOf = (eventId: string): number | null => elections.get(eventId) ?? null;

  function relationsOf(id: string): RelationRecord[] {
    const out = graph.mapOutEdges(id, (_k, a, _s, target): RelationRecord => ({ edge: a.edge, direction: 'OUT', node: nodeOf(target) }));
    const inbound = graph.mapInEdges(id, (_k, a, source): RelationRecord => ({ edge: a.edge, direction: 'IN', node: nodeOf(source) }));
    return [...out, ...inbound].sort(
      (a, b) =>
        compareText(a.edge.type, b.edge.type) ||
        (a.direction === b.direction ? 0 : a.direction === 'OUT' ? -1 : 1) ||
        byName(a.node, b.node) ||
        byId(a.edge, b.edge),
    );
  }

  function toNodeRecord(node: GraphNode, withRelations: boolean): NodeRecord {
    return withRelations ? { node, relations: relationsOf(node.id) } : { node };
  }

  /** The subgraph induced by a set of node ids: the nodes and every edge between two of them. */
  function induced(ids: Set<string>, truncated = false): SubgraphRecord {
    const nodes = [...ids].map(nodeOf).sort(byId);
    const edges = graph
      .filterEdges((_k, _a, source, target) => ids.has(source) && ids.has(target))
      .map((key) => graph.getEdgeAttributes(key).edge)
      .sort(byId);
    return { nodes, edges, truncated };
  }

  function traceStep(edge: GraphEdge): TraceStepRecord {
    const response = nodeOf(edge.target);
    const order = edge.properties?.order;
    return {
      order: typeof order === 'number' ? order : 0,
      relation: edge.type,
      response,
      actors: inEdges(response.id, 'PERFORMED')
        .map((e) => nodeOf(e.source))
        .sort(byName),
      links: graph
        .mapOutEdges(response.id, (_k, a) => a.edge)
        .filter((e) => STEP_LINK_TYPES.has(e.type))
        .map((e) => ({ type: e.type, node: nodeOf(e.target), evidence: e.evidence }))
        .sort((a, b) => compareText(a.type, b.type) || byName(a.node, b.node)),
      negative: response.negative === true,
      evidence: edge.evidence,
    };
  }

  return {
    name: 'memory',

    async health() {
      return { ok: true, store: 'memory', detail: `${graph.order} nodes, ${graph.size} edges` };
    },

    async node(id, { withRelations }) {
      const found = graph.hasNode(id) ? id : mergedInto.get(id);
      return found === undefined ? null : toNodeRecord(nodeOf(found), withRelations);
    },

    async search(text, { kinds, document, limit, withRelations }) {
      const kindSet = kinds && kinds.length > 0 ? new Set(kinds) : null;
      const ranked: { node: GraphNode; rank: MatchRank }[] = [];
      graph.forEachNode((_id, { node }) => {
        if ((kindSet && !kindSet.has(node.kind)) || !cites(node.evidence, document)) return;
        const rank = matchRank(text, [node.name, ...(node.aliases ?? [])]);
        if (rank !== null) ranked.push({ node, rank });
      });
      return ranked
        .sort((a, b) => a.rank - b.rank || byName(a.node, b.node))
        .slice(0, limit)
        .map((r) => toNodeRecord(r.node, withRelations));
    },

    async briefings({ election, document } = {}) {
      const records: BriefingRecord[] = nodesOfKind('Briefing')
        .sort(byDateThenName)
        .flatMap((briefing) => {
          const organized = inEdges(briefing.id, 'ORGANIZED');
          const attended = inEdges(briefing.id, 'ATTENDED').filter((e) => nodeOf(e.source).kind === 'Person');
          const cited = [briefing, ...organized, ...attended].some((x) => cites(x.evidence, document));
          if (!cited) return [];
          const organizers = organized.map((e) => withEvidence(nodeOf(e.source), e)).sort(byNodeName);
          return [
            {
              briefing,
              election: electionOf(briefing.id),
              organizer: organizers[0] ?? null,
              attendees: attended
                .filter((e) => cites(e.evidence, document))
                .map((e) => withEvidence(nodeOf(e.source), e))
                .sort(byNodeName),
            },
          ];
        });
      return election === undefined ? records : records.filter((r) => r.election === election);
    },

    async attendance({ election, event, person, document, first, after }) {
      // Nested nodes are shared objects: their evidence costs nothing here, so `options` is not needed.
      const { from, to } = attendanceRange(election, after);
      const all = attendance();
      const rows: AttendanceRecord[] = [];
      for (let i = firstAfter(all, from); i < all.length && all[i]!.key < to; i++) {
        if (first !== undefined && rows.length >= first) break;
        const a = all[i]!;
        if ((event !== undefined && a.event.id !== event) || (person !== undefined && a.person.id !== person)) continue;
        if (!cites(a.edge.evidence, document)) continue;
        rows.push({
          person: a.person,
          event: a.event,
          election: a.election,
          evidence: a.edge.evidence,
          negative: a.edge.negative === true,
          representing: representing(a.person.id),
          key: a.key,
        });
      }
      return rows;
    },

    async incidents({ document } = {}) {
      return nodesOfKind('Incident')
        .filter((incident) => cites(incident.evidence, document))
        .sort(byDateThenName)
        .map(
          (incident): IncidentRecord => ({
            incident,
            reportedTo: outEdges(incident.id, 'REPORTED_TO')
              .map((e) => withEvidence(nodeOf(e.target), e))
              .sort(byNodeName),
            responseCount: outEdges(incident.id, 'RESPONDED_WITH').length,
          }),
        );
    },

    async trace(id) {
      if (!graph.hasNode(id)) return null;
      return traceRecord(id, nodeOf(id), outEdges(id, 'RESPONDED_WITH').map(traceStep));
    },

    async recommendations({ by, document } = {}) {
      return nodesOfKind('Recommendation')
        .filter((recommendation) => cites(recommendation.evidence, document))
        .map((recommendation): RecommendationRecord => {
          const recommended = inEdges(recommendation.id, 'RECOMMENDED');
          const first = recommendation.evidence[0];
          const paragraph = first && paragraphs.get(paragraphKey(first.document, first.paragraph));
          return {
            recommendation,
            text: paragraph?.text ?? recommendation.name,
            by: recommended.map((e) => nodeOf(e.source)).sort(byName),
            addressedTo: outEdges(recommendation.id, 'ADDRESSED_TO')
              .map((e) => nodeOf(e.target))
              .sort(byName),
            about: outEdges(recommendation.id, 'ABOUT')
              .map((e) => nodeOf(e.target))
              .sort(byName),
            evidence: mergeEvidence(recommendation.evidence, ...recommended.map((e) => e.evidence)),
          };
        })
        .filter((r) => by === undefined || r.by.some((n) => n.id === by))
        .sort((a, b) => byDocumentOrder(a.recommendation, b.recommendation));
    },

    async claims({ about, by, document }) {
      return nodesOfKind('Claim')
        .filter((claim) => cites(claim.evidence, document))
        .map(claimRecord)
        .filter((c) => by === undefined || c.by.some((n) => n.id === by))
        .filter((c) => about === undefined || c.about.some((n) => n.id === about))
        .sort((a, b) => byDocumentOrder(a.claim, b.claim));
    },

    async neighborhood(id, depth) {
      if (!graph.hasNode(id)) return null;
      const ids = new Set<string>();
      bfsFromNode(undirected, id, (key, _attrs, d) => {
        ids.add(key);
        return d >= depth; // true: do not go beyond this node
      });
      return induced(ids);
    },

    async path(from, to, maxHops) {
      if (!graph.hasNode(from) || !graph.hasNode(to)) return null;
      const ids = bidirectional(undirected, from, to);
      if (!ids || ids.length - 1 > maxHops) return null;
      const edges: GraphEdge[] = [];
      for (let i = 1; i < ids.length; i++) {
        const a = ids[i - 1];
        const b = ids[i];
        if (a === undefined || b === undefined) continue;
        // Several relations may join the same two nodes; any one makes the hop, so take the first by id.
        const between = [...graph.edges(a, b), ...graph.edges(b, a)].map((k) => graph.getEdgeAttributes(k).edge).sort(byId);
        if (between[0]) edges.push(between[0]);
      }
      return { nodes: ids.map(nodeOf), edges, truncated: false };
    },

    async paths(from, to, { first, maxHops, without, avoid }) {
      if (!graph.hasNode(from) || !graph.hasNode(to)) return [];
      const skipTypes = new Set(without);
      const skipNodes = new Set(avoid);
      // The relations a hop may use between two nodes, first by id; an undirected view of what is left.
      const hop = (a: string, b: string) =>
        [...graph.edges(a, b), ...graph.edges(b, a)]
          .map((k) => graph.getEdgeAttributes(k).edge)
          .filter((e) => !skipTypes.has(e.type) && e.source !== e.target)
          .sort(byId)[0];
      const neighbours = (id: string) =>
        [...new Set(graph.neighbors(id))].filter((n) => (n === to || n === from || !skipNodes.has(n)) && hop(id, n) !== undefined).sort();
      const distances = (start: string) => {
        const dist = new Map([[start, 0]]);
        let frontier = [start];
        for (let d = 1; frontier.length > 0 && d <= maxHops; d++) {
          const next: string[] = [];
          for (const id of frontier) {
            // The ends are never passed through: a path that reaches one stops there.
            if (id !== start && (id === from || id === to)) continue;
            for (const n of neighbours(id)) {
              if (dist.has(n)) continue;
              dist.set(n, d);
              next.push(n);
            }
          }
          frontier = next;
        }
        return dist;
      };
      const fromStart = distances(from);
      const length = fromStart.get(to);
      if (length === undefined) return [];
      const toEnd = distances(to);
      // Walk only along shortest paths, children by id: the paths come out in the order of their node ids.
      const found: string[][] = [];
      const walk = (trail: string[]) => {
        if (found.length >= first) return;
        const at = trail.at(-1) ?? from;
        if (at === to) {
          found.push(trail);
          return;
        }
        const d = trail.length - 1;
        for (const n of neighbours(at)) {
          if (fromStart.get(n) === d + 1 && toEnd.get(n) === length - d - 1) walk([...trail, n]);
        }
      };
      walk([from]);
      return found.map((ids) => ({
        nodes: ids.map(nodeOf),
        edges: ids.slice(1).flatMap((id, i) => hop(ids[i] ?? id, id) ?? []),
        truncated: false,
      }));
    },

    async graph({ kinds, election, document, limit }) {
      const kindSet = kinds && kinds.length > 0 ? new Set(kinds) : null;
      const matching = graph
        .filterNodes(
          (_id, { node }) =>
            (!kindSet || kindSet.has(node.kind)) &&
            (election === undefined || (node.elections ?? []).includes(election)) &&
            cites(node.evidence, document),
        )
        .sort();
      const sub = induced(new Set(matching.slice(0, limit)), matching.length > limit);
      return document === undefined ? sub : { ...sub, edges: sub.edges.filter((e) => cites(e.evidence, document)) };
    },

    async disagreements(query) {
      const links = graph.filterEdges((_k, a) => ANNOTATED_TYPES.has(a.edge.type)).map((k) => graph.getEdgeAttributes(k).edge);
      return findDisagreements(nodesOfKind('Claim').map(claimRecord), links, query);
    },

    async timeline(query) {
      return timelineOf(
        graph.mapNodes((_id, a) => a.node),
        query,
      );
    },

    async documents() {
      return documents;
    },

    async document(id) {
      return documents.find((d) => d.id === id) ?? null;
    },

    async paragraph(document, number) {
      return paragraphs.get(paragraphKey(document, number)) ?? null;
    },

    async textSearch(text, { document, first }) {
      const candidates = document === undefined ? paragraphs.values() : (documents.find((d) => d.id === document)?.paragraphs ?? []);
      return rankParagraphs(candidates, text, first).map(
        ({ paragraph, match }): TextHitRecord => ({
          paragraph,
          highlights: match.highlights,
          mentions: paragraph.mentions
            .filter((id) => graph.hasNode(id))
            .map(nodeOf)
            .sort(byName),
        }),
      );
    },

    async close() {},
  };
}

function addMention(map: Map<string, Set<string>>, m: Mention): void {
  const key = paragraphKey(m.document, m.paragraph);
  const set = map.get(key) ?? new Set<string>();
  set.add(m.entity);
  map.set(key, set);
}
