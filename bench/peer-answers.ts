// The peer's answers checked against ours (issue 16 item 6): a req/s ratio means something only if
// both sides answer the same question. Each answer, ours (server/schema) and @neo4j/graphql's
// (bench/peer.ts), is brought to one shape — ids, kinds, names and evidence, every list sorted — and
// the two shapes are compared whole; the first difference is reported with its path. Over 300 lines:
// the two sides' readers of the same four questions are kept side by side, so a change to one shows in the other.
import { RELATION_TYPES } from '../graph/src/model.ts';
import type { GraphQLClient } from './http.ts';
import { fieldNames, type PeerQuestion } from './peer.ts';
import type { Question, QuestionName } from './questions.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
/** The common shape: JSON too, with every list sorted */
export type Shape = Json;
type Ref = { id: string; kind: string; name: string };

// Readers of the parsed answers: each says where a value is not what the shape needs.
function object(v: Json | undefined, where: string): { [key: string]: Json } {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Error(`${where}: expected an object, got ${JSON.stringify(v)}`);
  return v;
}
function list(v: Json | undefined, where: string): Json[] {
  if (!Array.isArray(v)) throw new Error(`${where}: expected a list, got ${JSON.stringify(v)}`);
  return v;
}
function text(v: Json | undefined, where: string): string {
  if (typeof v !== 'string') throw new Error(`${where}: expected a string, got ${JSON.stringify(v)}`);
  return v;
}
/** Absent and null are the same here: the peer leaves out what ours gives as null, and the reverse. */
function optional(v: Json | undefined): Json {
  return v === undefined ? null : v;
}

const byKey = <T extends Shape>(items: T[]): T[] => items.sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
const ids = (nodes: Json | undefined, where: string): string[] =>
  list(nodes, where)
    .map((n, i) => text(object(n, `${where}[${i}]`).id, `${where}[${i}].id`))
    .sort();

/** Ours: evidence { document paragraph quote } → "document#paragraph quote", sorted. */
function ourEvidence(v: Json | undefined, where: string): string[] {
  return list(v, where)
    .map((e, i) => {
      const o = object(e, `${where}[${i}]`);
      return `${text(o.document, `${where}[${i}].document`)}#${String(o.paragraph)} ${text(o.quote, `${where}[${i}].quote`)}`;
    })
    .sort();
}

/** The peer's: three parallel lists (evidenceDocuments, evidenceParagraphs, evidenceQuotes), in the same form. */
function theirEvidence(v: Json | undefined, where: string): string[] {
  const o = object(v, where);
  const docs = o.evidenceDocuments === null ? [] : list(o.evidenceDocuments, `${where}.evidenceDocuments`);
  const paragraphs = o.evidenceParagraphs === null ? [] : list(o.evidenceParagraphs, `${where}.evidenceParagraphs`);
  const quotes = o.evidenceQuotes === null ? [] : list(o.evidenceQuotes, `${where}.evidenceQuotes`);
  if (paragraphs.length !== docs.length || quotes.length !== docs.length)
    throw new Error(`${where}: ${docs.length} evidence documents, ${paragraphs.length} paragraphs and ${quotes.length} quotes`);
  return docs
    .map(
      (d, i) =>
        `${text(d, `${where}.evidenceDocuments[${i}]`)}#${String(paragraphs[i])} ${text(quotes[i], `${where}.evidenceQuotes[${i}]`)}`,
    )
    .sort();
}

const ref = (v: Json | undefined, where: string): Ref => {
  const o = object(v, where);
  return { id: text(o.id, `${where}.id`), kind: text(o.kind, `${where}.kind`), name: text(o.name, `${where}.name`) };
};
/** The `edges { properties node }` of a peer connection field. */
const edgesOf = (connection: Json | undefined, where: string): { properties: Json; node: Json }[] =>
  list(object(connection, where).edges, `${where}.edges`).map((e, i) => {
    const o = object(e, `${where}.edges[${i}]`);
    return { properties: optional(o.properties), node: optional(o.node) };
  });

function data(answer: string, field: string, side: string): Json {
  const parsed: Json = JSON.parse(answer);
  return optional(object(object(parsed, side).data, `${side}.data`)[field]);
}

/** Our answer (server/schema, the 'complete' questions of bench/questions.ts) in the common shape. */
export function ourShape(name: QuestionName, answer: string): Shape {
  switch (name) {
    case 'attendance':
      return byKey(
        list(data(answer, 'attendance', 'ours'), 'attendance').map((row, i) => {
          const w = `attendance[${i}]`;
          const r = object(row, w);
          const event = object(r.event, `${w}.event`);
          return {
            person: ref(r.person, `${w}.person`),
            event: ref(event, `${w}.event`),
            date: optional(event.date),
            evidence: ourEvidence(r.evidence, `${w}.evidence`),
          };
        }),
      );
    case 'trace': {
      const t = object(data(answer, 'trace', 'ours'), 'trace');
      return {
        incident: ref(t.incident, 'trace.incident'),
        steps: byKey(
          list(t.steps, 'trace.steps').map((step, i) => {
            const w = `trace.steps[${i}]`;
            const s = object(step, w);
            return {
              order: optional(s.order),
              response: ref(s.response, `${w}.response`),
              negative: optional(s.negative),
              actors: ids(s.actors, `${w}.actors`),
              links: byKey(
                list(s.links, `${w}.links`).map((link, j) => {
                  const l = object(link, `${w}.links[${j}]`);
                  return {
                    type: text(l.type, `${w}.links[${j}].type`),
                    node: ref(l.node, `${w}.links[${j}].node`),
                    evidence: ourEvidence(l.evidence, `${w}.links[${j}].evidence`),
                  };
                }),
              ),
              evidence: ourEvidence(s.evidence, `${w}.evidence`),
            };
          }),
        ),
      };
    }
    case 'recommendations':
      return byKey(
        list(data(answer, 'recommendations', 'ours'), 'recommendations').map((rec, i) => {
          const w = `recommendations[${i}]`;
          const r = object(rec, w);
          return {
            id: text(r.id, `${w}.id`),
            name: text(r.name, `${w}.name`),
            by: ids(r.by, `${w}.by`),
            addressedTo: ids(r.addressedTo, `${w}.addressedTo`),
            about: ids(r.about, `${w}.about`),
            evidence: ourEvidence(r.evidence, `${w}.evidence`),
          };
        }),
      );
    case 'neighborhood': {
      const g = object(data(answer, 'neighborhood', 'ours'), 'neighborhood');
      const nodes = list(g.nodes, 'neighborhood.nodes').map((n, i) => {
        const w = `neighborhood.nodes[${i}]`;
        return { ...ref(n, w), evidence: ourEvidence(object(n, w).evidence, `${w}.evidence`) };
      });
      return {
        nodes: byKey(nodes),
        edges: byKey(
          list(g.edges, 'neighborhood.edges').map((e, i) => {
            const w = `neighborhood.edges[${i}]`;
            const o = object(e, w);
            return {
              id: text(o.id, `${w}.id`),
              type: text(o.type, `${w}.type`),
              source: text(o.source, `${w}.source`),
              target: text(o.target, `${w}.target`),
              evidence: ourEvidence(o.evidence, `${w}.evidence`),
            };
          }),
        ),
      };
    }
    case 'path':
      throw new Error('the peer has no shortest-path query: path is not compared');
  }
}

/** The peer's answer (bench/peer.ts peerQuestions) in the common shape. */
export function theirShape(name: QuestionName, answer: string): Shape {
  const entities = list(data(answer, 'entities', 'peer'), 'entities');
  switch (name) {
    case 'attendance':
      return byKey(
        entities.flatMap((event, i) => {
          const w = `entities[${i}]`;
          const e = object(event, w);
          return edgesOf(e.attendedByConnection, `${w}.attendedByConnection`).map((edge, j) => ({
            person: ref(edge.node, `${w}.attendedByConnection.edges[${j}].node`),
            event: ref(e, w),
            date: optional(e.date),
            evidence: theirEvidence(edge.properties, `${w}.attendedByConnection.edges[${j}].properties`),
          }));
        }),
      );
    case 'trace': {
      const [incident, ...more] = entities;
      if (!incident || more.length > 0) throw new Error(`entities: expected the one incident, got ${entities.length}`);
      const i = object(incident, 'entities[0]');
      return {
        incident: ref(i, 'entities[0]'),
        steps: byKey(
          edgesOf(i.respondedWithConnection, 'respondedWithConnection').map((edge, k) => {
            const w = `respondedWithConnection.edges[${k}]`;
            const r = object(edge.node, `${w}.node`);
            const props = object(edge.properties, `${w}.properties`);
            const links = (['REPORTED_TO', 'CONSULTED', 'ABOUT'] as const).flatMap((type) => {
              const field = `${fieldNames(type).out}Connection`;
              return edgesOf(r[field], `${w}.node.${field}`).map((l, j) => ({
                type,
                node: ref(l.node, `${w}.node.${field}.edges[${j}].node`),
                evidence: theirEvidence(l.properties, `${w}.node.${field}.edges[${j}].properties`),
              }));
            });
            return {
              order: optional(props.order),
              response: ref(r, `${w}.node`),
              negative: r.negative === null || r.negative === undefined ? false : r.negative,
              actors: ids(r.performedBy, `${w}.node.performedBy`),
              links: byKey(links),
              evidence: theirEvidence(props, `${w}.properties`),
            };
          }),
        ),
      };
    }
    case 'recommendations':
      return byKey(
        entities.map((rec, i) => {
          const w = `entities[${i}]`;
          const r = object(rec, w);
          return {
            id: text(r.id, `${w}.id`),
            name: text(r.name, `${w}.name`),
            by: edgesOf(r.recommendedByConnection, `${w}.recommendedByConnection`)
              .map((e, j) => text(object(e.node, `${w}.recommendedByConnection.edges[${j}].node`).id, `${w}…id`))
              .sort(),
            addressedTo: ids(r.addressedTo, `${w}.addressedTo`),
            about: ids(r.about, `${w}.about`),
            // Ours gives the recommendation's own evidence and its RECOMMENDED relations', each
            // piece once (server/src/store/types.ts): the peer's node and relation lists, merged.
            evidence: [
              ...new Set([
                ...theirEvidence(r, w),
                ...edgesOf(r.recommendedByConnection, `${w}.recommendedByConnection`).flatMap((e, j) =>
                  theirEvidence(e.properties, `${w}.recommendedByConnection.edges[${j}].properties`),
                ),
              ]),
            ].sort(),
          };
        }),
      );
    case 'neighborhood': {
      const [centre, ...more] = entities;
      if (!centre || more.length > 0) throw new Error(`entities: expected the one centre, got ${entities.length}`);
      const c = object(centre, 'entities[0]');
      const centreId = text(c.id, 'entities[0].id');
      const nodes = new Map<string, Shape>([[centreId, { ...ref(c, 'entities[0]'), evidence: theirEvidence(c, 'entities[0]') }]]);
      const edges: Shape[] = [];
      for (const type of RELATION_TYPES) {
        for (const [field, outgoing] of [
          [`${fieldNames(type).out}Connection`, true],
          [`${fieldNames(type).in}Connection`, false],
        ] as const) {
          edgesOf(c[field], field).forEach((edge, j) => {
            const w = `${field}.edges[${j}]`;
            const n = object(edge.node, `${w}.node`);
            const id = text(n.id, `${w}.node.id`);
            nodes.set(id, { ...ref(n, `${w}.node`), evidence: theirEvidence(n, `${w}.node`) });
            const props = object(edge.properties, `${w}.properties`);
            edges.push({
              id: text(props.id, `${w}.properties.id`),
              type,
              source: outgoing ? centreId : id,
              target: outgoing ? id : centreId,
              evidence: theirEvidence(props, `${w}.properties`),
            });
          });
        }
      }
      return { nodes: byKey([...nodes.values()]), edges: byKey(edges) };
    }
    case 'path':
      throw new Error('the peer has no shortest-path query: path is not compared');
  }
}

/**
 * Ours reduced to what the peer's query can see: its neighbourhood query gives the centre's own
 * relations, not those between two neighbours, so ours' relations that do not touch the centre are
 * left out (and counted apart by the caller). Every other question is compared whole.
 */
export function comparable(name: QuestionName, ours: Shape, centre: string): { shape: Shape; leftOut: number } {
  if (name !== 'neighborhood' || typeof ours !== 'object' || ours === null || Array.isArray(ours)) return { shape: ours, leftOut: 0 };
  const edges = Array.isArray(ours.edges) ? ours.edges : [];
  const touching = edges.filter(
    (e) => typeof e === 'object' && e !== null && !Array.isArray(e) && (e.source === centre || e.target === centre),
  );
  return { shape: { ...ours, edges: touching }, leftOut: edges.length - touching.length };
}

/** The first place where two shapes differ, as "path: ours … / peer …", or null when they are equal. */
export function firstDifference(ours: Shape, theirs: Shape, path = ''): string | null {
  const show = (v: Shape | undefined) => (v === undefined ? 'nothing' : JSON.stringify(v).slice(0, 160));
  if (Array.isArray(ours) && Array.isArray(theirs)) {
    for (let i = 0; i < Math.max(ours.length, theirs.length); i++) {
      const a = ours[i];
      const b = theirs[i];
      if (a === undefined || b === undefined)
        return `${path}[${i}]: ours ${show(a)} / peer ${show(b)} (ours has ${ours.length} items, the peer ${theirs.length})`;
      const d = firstDifference(a, b, `${path}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  if (
    typeof ours === 'object' &&
    ours !== null &&
    !Array.isArray(ours) &&
    typeof theirs === 'object' &&
    theirs !== null &&
    !Array.isArray(theirs)
  ) {
    for (const key of [...new Set([...Object.keys(ours), ...Object.keys(theirs)])].sort()) {
      const a = ours[key];
      const b = theirs[key];
      if (a === undefined || b === undefined) return `${path}.${key}: ours ${show(a)} / peer ${show(b)}`;
      const d = firstDifference(a, b, `${path}.${key}`);
      if (d) return d;
    }
    return null;
  }
  return ours === theirs ? null : `${path || 'answer'}: ours ${show(ours)} / peer ${show(theirs)}`;
}

export interface AnswerCheck {
  compared: number;
  equal: number;
  /** The first difference of each question that differs */
  differences: string[];
  /** Our neighbourhood's relations between two neighbours, which the peer's query cannot see */
  leftOut: number;
}

/** Each of the peer's questions asked once of both sides, the answers compared in one shape (bench/peer-answers.ts). */
export async function compareAnswers(
  ourClient: GraphQLClient,
  theirClient: GraphQLClient,
  ourQs: Record<QuestionName, Question>,
  theirQs: readonly PeerQuestion[],
  centre: string,
): Promise<AnswerCheck> {
  const check: AnswerCheck = { compared: 0, equal: 0, differences: [], leftOut: 0 };
  for (const q of theirQs) {
    const ours = ourQs[q.name];
    const [ourAnswer, theirAnswer] = await Promise.all([
      ourClient.text(ours.graphql, ours.variables),
      theirClient.text(q.graphql, q.variables),
    ]);
    const { shape, leftOut } = comparable(q.name, ourShape(q.name, ourAnswer), centre);
    check.leftOut += leftOut;
    check.compared++;
    const difference = firstDifference(shape, theirShape(q.name, theirAnswer));
    if (difference) check.differences.push(`${q.name} ${difference}`);
    else check.equal++;
  }
  return check;
}
