// The drafter: offline, deterministic extraction that proposes an annotation for one parsed
// document — entities linked to the ids the corpus already has, the relations of the model, negative
// facts — each item with its paragraph, an exact quote, `review: draft`, the rule and a confidence.
// The rules read how these summaries are written (the modules beside this one); none knows a name.
import type { Document } from '../../../graph/src/model.ts';
import { findAttendance } from './attendance.ts';
import { DraftBuilder } from './builder.ts';
import { findClaims } from './claims.ts';
import type { SentenceContext } from './context.ts';
import { resolvePointers } from './coref.ts';
import { findBriefings, findElections, findMeetings, findNominations } from './events.ts';
import { findIncidents, findResponses, type ResponseState } from './incidents.ts';
import { indexKnown, type KnownEntity } from './known.ts';
import { findNames } from './names.ts';
import { findRecommendations, type RecommendationState } from './recommendations.ts';
import { findGroups, findRoles } from './roles.ts';
import { sentences } from './text.ts';
import type { Draft } from './types.ts';

export type { Draft, DraftEdge, DraftEvidence, DraftMeta, DraftNode } from './types.ts';
export { knownEntities, type KnownEntity } from './known.ts';

/** Deterministic: the same document and known entities give the same draft, byte for byte. */
export function draftDocument(document: Document, known: readonly KnownEntity[]): Draft {
  const b = new DraftBuilder(document, indexKnown(known));
  const sections = new Map(document.sections.map((s) => [s.number, s]));
  const responses: ResponseState = { steps: new Map() };
  const recommendations: RecommendationState = {};
  // The witness, as the interview line names them: the default author of a list of recommendations.
  const surname = document.interviewee.split(/\s+/).at(-1) ?? '';
  const interviewee = () => (document.interviewee ? (b.localId(document.interviewee) ?? b.localId(`surname ${surname}`)) : undefined);

  for (const para of document.paragraphs) {
    const section = sections.get(para.section);
    // A section inherits its parent's election: "3.3 Flow of information" under "3. The 2021 Federal Election".
    const sectionYear = yearOfSection(sections, para.section);
    const taken = new Uint8Array(para.text.length + 1);
    for (const sentence of sentences(para.text)) {
      const ctx: SentenceContext = {
        b,
        paragraph: para.number,
        text: para.text,
        sentence,
        ...(section ? { section } : {}),
        ...(sectionYear ? { sectionYear } : {}),
        found: [],
        taken,
      };
      findElections(ctx);
      findNames(ctx);
      resolvePointers(ctx);
      findRoles(ctx);
      findGroups(ctx);
      findBriefings(ctx);
      findNominations(ctx);
      findMeetings(ctx);
      findIncidents(ctx);
      findAttendance(ctx);
      findResponses(ctx, responses);
      findRecommendations(ctx, para, recommendations, interviewee);
      findClaims(ctx);
    }
  }
  return { nodes: [...b.nodes.values()], edges: [...b.edges.values()] };
}

function yearOfSection(sections: ReadonlyMap<string, { title: string }>, number: string): number | undefined {
  for (let n = number; n !== ''; n = n.includes('.') ? n.slice(0, n.lastIndexOf('.')) : '') {
    const y = /\b((?:19|20)\d\d)\b/.exec(sections.get(n)?.title ?? '');
    if (y) return Number(y[1]);
  }
  return undefined;
}
