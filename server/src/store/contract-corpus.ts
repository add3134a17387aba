// The store contract on the fixture corpus (test/fixtures.ts FIXTURE_CORPUS_DIR: fictional summaries
// that share SITE, the Cyber Centre and the elections): the questions of issue 17 — one document's
// attendance, absences, the party column, aliases scoped to their document, witnesses who disagree,
// the timeline, the interviews, merged ids — compared as whole values against the canonical graph
// the seed built from the same files. Every store runs it (memory-store.test.ts, neo4j-corpus.test.ts).
// Past 300 lines: one suite over one loaded corpus, whose areas share the seed, the store and its lookups.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attendanceEdges } from '../../../graph/src/attendance.ts';
import { compareSpans, dateSpan } from '../../../graph/src/dates.ts';
import { interviewId } from '../../../graph/src/interview.ts';
import type { GraphData } from '../../../graph/src/model.ts';
import { loadGraph } from '../../../seed/index.ts';
import { FIXTURE_CORPUS_DIR } from '../../../test/fixtures.ts';
import { sortedIds, view } from './contract-support.ts';
import { byDocumentOrder, byName } from './order.ts';
import { TIMELINE_KINDS } from './timeline.ts';
import type { DisagreementRecord, Evidence, GraphNode, GraphStore } from './types.ts';

const cites = (evidence: readonly Evidence[], document: string) => evidence.some((e) => e.document === document);

/** Runs the corpus contract on the store `open` makes from the corpus graph (a Neo4j store loads it first). */
export function describeCorpusContract(name: string, open: (seed: GraphData) => Promise<GraphStore>): void {
  describe(`the ${name} store on the fixture corpus (GraphStore contract)`, () => {
    let seed: GraphData;
    let store: GraphStore;
    beforeAll(async () => {
      seed = await loadGraph(FIXTURE_CORPUS_DIR);
      store = await open(seed);
    });
    afterAll(async () => {
      await store?.close();
    });

    const node = (id: string): GraphNode => {
      const found = seed.nodes.find((n) => n.id === id);
      if (!found) throw new Error(`the corpus has no node ${id}`);
      return found;
    };
    /** The organizations a person REPRESENTED or HELD_ROLE in, as the seed has them: the party column. */
    const representing = (person: string): string[] =>
      [
        ...new Set(
          seed.edges.filter((e) => e.source === person && (e.type === 'REPRESENTED' || e.type === 'HELD_ROLE')).map((e) => e.target),
        ),
      ]
        .map(node)
        .filter((n) => n.kind === 'Organization')
        .sort(byName)
        .map((n) => n.id);
    const attendanceRow = (r: {
      person: GraphNode;
      event: GraphNode;
      negative: boolean;
      evidence: Evidence[];
      representing: GraphNode[];
    }) => ({
      person: r.person.id,
      event: r.event.id,
      negative: r.negative,
      evidence: r.evidence,
      representing: r.representing.map((n) => n.id),
    });

    describe('attendance across documents', () => {
      it("answers attendance(document:) with that document's rows only, each with its absence flag and party column", async () => {
        for (const document of seed.documents.map((d) => d.id)) {
          const expected = attendanceEdges(seed)
            .filter((a) => cites(a.edge.evidence, document))
            .map((a) => ({
              person: a.person.id,
              event: a.event.id,
              negative: a.edge.negative === true,
              evidence: a.edge.evidence,
              representing: representing(a.person.id),
            }));
          expect((await store.attendance({ document })).map(attendanceRow), document).toEqual(expected);
        }
        expect(await store.attendance({ document: 'no-such-document' })).toEqual([]);
      });

      it('gives the "did not attend" rows negative: true, with their quotes, and every other row negative: false', async () => {
        const absences = seed.edges.filter((e) => e.type === 'ATTENDED' && e.negative === true);
        expect(absences.length, 'the corpus records an absence').toBeGreaterThan(0);
        for (const edge of absences) {
          const rows = await store.attendance({ person: edge.source, event: edge.target });
          expect(rows.map((r) => ({ negative: r.negative, evidence: r.evidence }))).toEqual([{ negative: true, evidence: edge.evidence }]);
        }
        const all = await store.attendance({});
        expect(all.filter((r) => r.negative).length).toBe(absences.length);
        const briefings = await store.briefings();
        const absent = briefings.flatMap((b) => b.attendees.filter((a) => a.negative === true).map((a) => `${a.node.id} ${b.briefing.id}`));
        expect(absent.sort()).toEqual(absences.map((e) => `${e.source} ${e.target}`).sort());
      });

      it('names the organizations each attendee represented, as the party column', async () => {
        const rows = await store.attendance({});
        expect(rows.some((r) => r.representing.length > 0)).toBe(true);
        for (const r of rows) expect(r.representing.map(view), r.person.id).toEqual(representing(r.person.id).map((id) => view(node(id))));
      });

      it('keeps the briefings a document cites, with the attendees it names', async () => {
        for (const document of seed.documents.map((d) => d.id)) {
          const expected = attendanceEdges(seed)
            .filter((a) => a.event.kind === 'Briefing' && cites(a.edge.evidence, document))
            .map((a) => `${a.event.id} ${a.person.id} ${a.edge.negative === true}`)
            .sort();
          const briefings = await store.briefings({ document });
          const found = briefings.flatMap((b) => b.attendees.map((a) => `${b.briefing.id} ${a.node.id} ${a.negative === true}`)).sort();
          expect(found, document).toEqual(expected);
        }
      });
    });

    describe('one document at a time', () => {
      it('keeps the claims, incidents, recommendations and search hits a document cites', async () => {
        for (const document of seed.documents.map((d) => d.id)) {
          const of = (kind: string) =>
            seed.nodes
              .filter((n) => n.kind === kind && cites(n.evidence, document))
              .sort(byDocumentOrder)
              .map((n) => n.id);
          expect(
            (await store.claims({ document })).map((c) => c.claim.id),
            document,
          ).toEqual(of('Claim'));
          expect(sortedIds((await store.incidents({ document })).map((i) => i.incident)), document).toEqual([...of('Incident')].sort());
          expect(
            (await store.recommendations({ document })).map((r) => r.recommendation.id),
            document,
          ).toEqual(of('Recommendation'));
          const hits = await store.search('site', { document, limit: 100, withRelations: false });
          for (const h of hits) expect(cites(h.node.evidence, document), `${document} ${h.node.id}`).toBe(true);
        }
      });

      it("answers graph(document:) with the document's contribution: the nodes and relations it cites", async () => {
        for (const document of seed.documents.map((d) => d.id)) {
          const sub = await store.graph({ document, limit: 5000 });
          const nodes = seed.nodes.filter((n) => cites(n.evidence, document));
          const inside = new Set(nodes.map((n) => n.id));
          const edges = seed.edges.filter((e) => inside.has(e.source) && inside.has(e.target) && cites(e.evidence, document));
          expect({ nodes: sortedIds(sub.nodes), edges: sortedIds(sub.edges), truncated: sub.truncated }, document).toEqual({
            nodes: sortedIds(nodes),
            edges: sortedIds(edges),
            truncated: false,
          });
        }
      });
    });

    describe('aliases', () => {
      it('link an alias only in the document that declares it: the same words elsewhere mention another entity or none', async () => {
        // A mention whose words stand in a paragraph of another document that does not mention the entity.
        const scoped = seed.mentions.flatMap((m) =>
          seed.documents
            .filter((d) => d.id !== m.document)
            .flatMap((d) =>
              d.paragraphs.filter((p) => p.text.includes(m.text)).map((p) => ({ mention: m, document: d.id, paragraph: p.number })),
            )
            .filter((o) => !seed.mentions.some((x) => x.document === o.document && x.paragraph === o.paragraph && x.entity === m.entity)),
        );
        expect(scoped.length, 'the corpus holds an alias that other documents use for something else').toBeGreaterThan(0);
        for (const { mention, document, paragraph } of scoped.slice(0, 20)) {
          expect((await store.paragraph(mention.document, mention.paragraph))?.mentions).toContain(mention.entity);
          expect((await store.paragraph(document, paragraph))?.mentions, `${mention.text} in ${document} ¶${paragraph}`).not.toContain(
            mention.entity,
          );
        }
      });

      it("gives every paragraph of every document exactly the seed's mentions", async () => {
        for (const d of await store.documents()) {
          for (const p of d.paragraphs) {
            const expected = [
              ...new Set(seed.mentions.filter((m) => m.document === d.id && m.paragraph === p.number).map((m) => m.entity)),
            ];
            expect(p.mentions, `${d.id} ¶${p.number}`).toEqual(expected.sort());
          }
        }
      });
    });

    describe('witnesses side by side', () => {
      const side = (s: DisagreementRecord['first']) => ({
        claim: s.claim.id,
        by: s.by.map((n) => n.id),
        evidence: s.evidence,
      });

      it('lists each annotated CONTRADICTS and CORROBORATES pair first, with both claims, their witnesses and quotes', async () => {
        const links = seed.edges.filter((e) => e.type === 'CONTRADICTS' || e.type === 'CORROBORATES');
        expect(
          links.some((e) => e.type === 'CONTRADICTS'),
          'the corpus holds a contradicting pair',
        ).toBe(true);
        const asserters = (claim: string) =>
          seed.edges
            .filter((e) => e.type === 'ASSERTED' && e.target === claim)
            .map((e) => node(e.source))
            .sort(byName)
            .map((n) => n.id);
        const expected = links
          .map((e) => ({ kind: e.type, first: node(e.source), second: node(e.target), evidence: e.evidence }))
          .sort(
            (a, b) =>
              (a.kind === b.kind ? 0 : a.kind === 'CONTRADICTS' ? -1 : 1) ||
              byDocumentOrder(a.first, b.first) ||
              byDocumentOrder(a.second, b.second),
          )
          .map((p) => ({
            kind: p.kind,
            first: { claim: p.first.id, by: asserters(p.first.id), evidence: p.first.evidence },
            second: { claim: p.second.id, by: asserters(p.second.id), evidence: p.second.evidence },
            evidence: p.evidence,
          }));
        const found = await store.disagreements({ first: 500 });
        expect(
          found.slice(0, links.length).map((d) => ({ kind: d.kind, first: side(d.first), second: side(d.second), evidence: d.evidence })),
        ).toEqual(expected);
        for (const d of found.slice(0, links.length)) {
          expect(d.first.evidence.map((e) => e.quote).length).toBeGreaterThan(0);
          expect(d.second.evidence.map((e) => e.quote).length).toBeGreaterThan(0);
        }
      });

      it('then lists candidates, among them a negative claim against a positive one about the same subject', async () => {
        const found = await store.disagreements({ first: 500 });
        const negation = found.filter((d) => d.kind === 'NEGATION');
        expect(negation.length).toBeGreaterThan(0);
        for (const d of negation) {
          expect([d.first.claim.negative === true, d.second.claim.negative === true].sort()).toEqual([false, true]);
          expect(d.about.length).toBeGreaterThan(0);
        }
        // Whole claims, as the seed has them.
        for (const d of found) for (const s of [d.first, d.second]) expect(view(s.claim)).toEqual(view(node(s.claim.id)));
      });

      it('keeps the pairs one of whose claims a document cites, or that are about one node', async () => {
        const all = await store.disagreements({ first: 500 });
        const key = (d: DisagreementRecord) => `${d.kind} ${d.first.claim.id} ${d.second.claim.id}`;
        for (const document of seed.documents.map((d) => d.id)) {
          const expected = all.filter((d) => cites(d.first.evidence, document) || cites(d.second.evidence, document)).map(key);
          expect((await store.disagreements({ document, first: 500 })).map(key), document).toEqual(expected);
        }
        const subject = all.find((d) => d.about.length > 0)?.about[0]?.id;
        if (subject === undefined) throw new Error('no disagreement of the corpus has a subject');
        const about = await store.disagreements({ about: subject, first: 500 });
        expect(about.length).toBeGreaterThan(0);
        expect(about.map(key)).toEqual(
          all
            .filter((d) =>
              d.kind === 'CONTRADICTS' || d.kind === 'CORROBORATES'
                ? seed.edges.some(
                    (e) => e.type === 'ABOUT' && e.target === subject && (e.source === d.first.claim.id || e.source === d.second.claim.id),
                  )
                : d.about.some((n) => n.id === subject),
            )
            .map(key),
        );
      });
    });

    describe('timeline', () => {
      it('returns every dated event of the corpus in order: earliest start, then the shorter span, then id', async () => {
        const expected = seed.nodes
          .filter((n) => TIMELINE_KINDS.includes(n.kind) && n.date !== undefined)
          .map((n) => ({
            id: n.id,
            date: n.date,
            ...dateSpan(n.date ?? '')!,
            documents: [...new Set(n.evidence.map((e) => e.document))].sort(),
          }))
          .sort((a, b) => compareSpans(a, b) || (a.id < b.id ? -1 : 1));
        const found = await store.timeline({ first: 1000 });
        expect(
          found.map((e) => ({ id: e.node.id, date: e.date, start: e.start, end: e.end, precision: e.precision, documents: e.documents })),
        ).toEqual(expected);
        expect(found.map((e) => view(e.node))).toEqual(found.map((e) => view(node(e.node.id))));
        expect(new Set(found.map((e) => e.precision)).size, 'the corpus has dates of several precisions').toBeGreaterThan(1);
      });

      it('keeps one document, one election, or the events that can fall within from–to', async () => {
        const all = await store.timeline({ first: 1000 });
        for (const document of seed.documents.map((d) => d.id)) {
          expect((await store.timeline({ document, first: 1000 })).map((e) => e.node.id)).toEqual(
            all.filter((e) => e.documents.includes(document)).map((e) => e.node.id),
          );
        }
        expect((await store.timeline({ election: 2021, first: 1000 })).map((e) => e.node.id)).toEqual(
          all.filter((e) => (e.node.elections ?? []).includes(2021)).map((e) => e.node.id),
        );
        const window = { from: '2021-06-01', to: '2021-08-31' };
        expect((await store.timeline({ ...window, first: 1000 })).map((e) => e.node.id)).toEqual(
          all.filter((e) => e.start <= window.to && e.end >= window.from).map((e) => e.node.id),
        );
        expect((await store.timeline({ first: 3 })).map((e) => e.node.id)).toEqual(all.slice(0, 3).map((e) => e.node.id));
      });
    });

    describe('interviews and merged ids', () => {
      it('gives every document its Interview node (date, witnesses INTERVIEWED_IN it)', async () => {
        const documents = await store.documents();
        expect(documents.length).toBe(seed.documents.length);
        for (const d of documents) {
          const source = seed.documents.find((s) => s.id === d.id);
          const interview = d.interview;
          expect({ id: interview?.id, kind: interview?.kind, date: interview?.date }, d.id).toEqual({
            id: interviewId(d.id),
            kind: 'Interview',
            date: source?.date,
          });
          expect(await store.document(d.id)).toEqual(d);
          const record = await store.node(interviewId(d.id), { withRelations: true });
          const witnesses = (record?.relations ?? [])
            .filter((r) => r.edge.type === 'INTERVIEWED_IN' && r.direction === 'IN')
            .map((r) => r.node);
          expect(witnesses.map((w) => w.kind)).toEqual(witnesses.map(() => 'Person'));
          expect(witnesses.length, d.id).toBe(source?.witnesses.length);
        }
      });

      it('answers node(id:) for a merged id with the node it became', async () => {
        const merged = seed.nodes.filter((n) => (n.mergedIds ?? []).length > 0);
        expect(merged.length, 'the corpus resolves two ids as the same').toBeGreaterThan(0);
        for (const n of merged) {
          for (const old of n.mergedIds ?? []) {
            const found = await store.node(old, { withRelations: false });
            expect(found && view(found.node), old).toEqual(view(n));
          }
        }
      });
    });

    describe('the overview positions (issue 16)', () => {
      const seedPositions = () => new Map(seed.nodes.map((n) => [n.id, n.position ?? null]));
      const positionsOf = (nodes: readonly GraphNode[]) => new Map(nodes.map((n) => [n.id, n.position ?? null]));

      it('answers graph with every node at the position the seed gave it, brief or not, and never as a curated property', async () => {
        expect([...seedPositions().values()].filter((p) => p === null)).toEqual([]);
        for (const brief of [true, false]) {
          const sub = await store.graph({ limit: seed.nodes.length }, { brief, evidence: 0 });
          expect({ brief, truncated: sub.truncated, positions: positionsOf(sub.nodes) }).toEqual({
            brief,
            truncated: false,
            positions: seedPositions(),
          });
        }
        const full = await store.graph({ limit: seed.nodes.length });
        expect(full.nodes.flatMap((n) => Object.keys(n.properties ?? {}).filter((k) => k.startsWith('position')))).toEqual([]);
      });

      it('answers node and neighborhood with the same positions', async () => {
        const interview = interviewId(seed.documents[0]?.id ?? '');
        const around = await store.neighborhood(interview, 1, { brief: true, evidence: 0 });
        expect(around && positionsOf(around.nodes)).toEqual(
          new Map([...seedPositions()].filter(([id]) => around?.nodes.some((n) => n.id === id))),
        );
        expect(around?.nodes.length).toBeGreaterThan(1);
        for (const n of seed.nodes.slice(0, 20)) {
          const found = await store.node(n.id, { withRelations: false });
          expect({ id: n.id, position: found?.node.position }).toEqual({ id: n.id, position: n.position });
        }
      });
    });
  });
}
