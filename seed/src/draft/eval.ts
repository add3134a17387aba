// npm run eval:draft [-- --no-write] [--verbose]
// Drafts every document that has a reviewed annotation, each leave-one-out (only the other
// annotation files' entities are known), scores the draft against the annotation (evaluate.ts says
// how items are matched), prints a table, and writes it to its section of bench/RESULTS.md.
// The gold sets: seed/ (the real Ishmael summary) and test/fixtures/corpus/ (fictional summaries).
// Past 300 lines: the report's prose (why each goal is or is not met) sits beside the code that measures it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeSection } from '../../../bench/results-section.ts';
import type { Document } from '../../../graph/src/model.ts';
import { readAnnotations, type AnnotationFile } from '../annotations.ts';
import { ENTITIES_FILE, readEntities, withDefinitions, type DefinedFile } from '../entities.ts';
import { parseDocument } from '../parse.ts';
import { formatProblem } from '../problems.ts';
import { addCounts, ratio, scoreDraft, type Count, type Score } from './evaluate.ts';
import { draftDocument, knownEntities } from './index.ts';

const ROOT = new URL('../../../', import.meta.url).pathname;
const FOLDERS = ['seed', 'test/fixtures/corpus'];
const RESULTS = join(ROOT, 'bench/RESULTS.md');
const RUNS = 5;
/**
 * The gold set written after the rules were final and never tuned on (its column is the honest
 * estimate for a new summary). Solberg-Mensah was the first such set; the gaps its first run exposed
 * were closed, so it is a tuned set now (its first run is recorded in the notes).
 */
const HELD_OUT = new Set(['stage1-interview-summary-etienne-marchand-dube']);

const ENTITY_GOALS: Record<string, { recall?: number; precision?: number }> = {
  Person: { recall: 0.9, precision: 0.8 },
  Organization: { recall: 0.9, precision: 0.8 },
  Place: { recall: 0.9, precision: 0.8 },
  Election: { recall: 0.9 },
  Briefing: { recall: 0.9 },
  Meeting: { recall: 0.9 },
  Incident: { recall: 0.9 },
};
const RELATION_GOALS: Record<string, { recall?: number; precision?: number }> = {
  ATTENDED: { recall: 0.8, precision: 0.8 },
  REPORTED_TO: { recall: 0.8, precision: 0.8 },
  RECOMMENDED: { recall: 0.8, precision: 0.8 },
};

interface Corpus {
  documents: Document[];
  annotations: DefinedFile[];
}

function readCorpus(): Corpus {
  const documents: Document[] = [];
  const annotations: DefinedFile[] = [];
  for (const folder of FOLDERS) {
    const files: AnnotationFile[] = [];
    const entitiesFile = join(ROOT, folder, ENTITIES_FILE);
    const shared = existsSync(entitiesFile) ? readEntities(readFileSync(entitiesFile, 'utf8'), `${folder}/${ENTITIES_FILE}`) : undefined;
    if (shared?.problems.length) throw new Error(shared.problems.map(formatProblem).join('\n'));
    for (const name of readdirSync(join(ROOT, folder, 'documents'))
      .filter((n) => n.endsWith('.txt'))
      .sort()) {
      const file = `${folder}/documents/${name}`;
      const parsed = parseDocument(readFileSync(join(ROOT, file), 'utf8'), file, basename(name, '.txt'));
      if (!parsed.document) throw new Error(parsed.problems.map(formatProblem).join('\n'));
      documents.push(parsed.document);
    }
    for (const name of readdirSync(join(ROOT, folder, 'annotations'))
      .filter((n) => n.endsWith('.yaml'))
      .sort()) {
      const file = `${folder}/annotations/${name}`;
      const read = readAnnotations(readFileSync(join(ROOT, file), 'utf8'), file);
      if (!read.annotations) throw new Error(read.problems.map(formatProblem).join('\n'));
      // Gold is what a person reviewed: items still marked `review: draft` are neither gold nor known.
      const reviewed = {
        ...read.annotations,
        nodes: read.annotations.nodes.filter((n) => n.review !== 'draft'),
        edges: read.annotations.edges.filter((e) => e.review !== 'draft'),
      };
      if (reviewed.nodes.length > 0) files.push(reviewed);
    }
    // Gold compares kinds and names: references get those of what they refer to; entities.yaml is known to every document.
    annotations.push(...withDefinitions(files, shared?.entities ?? []));
  }
  return { documents, annotations };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

function timed<T>(f: () => T): { value: T; first: number; median: number } {
  const times: number[] = [];
  let value: T | undefined;
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    value = f();
    times.push(performance.now() - t);
  }
  return { value: value as T, first: times[0] ?? 0, median: median(times) };
}

/** A 60-paragraph summary made deterministically from the gold documents' paragraphs, in order. */
function longSummary(documents: readonly Document[]): Document {
  const lines = [
    'Stage 1 Interview Summary: Sixty Paragraphs',
    '',
    'Sixty Paragraphs, a test witness, was interviewed by Commission counsel on May 1, 2024.',
    '',
  ];
  let n = 0;
  documents.forEach((d, i) => {
    lines.push(`${i + 1}. ${d.title.replace(/^.*?:\s*/, '')}`, '');
    for (const p of d.paragraphs) if (n < 60) lines.push(`[${++n}] ${p.text}`, '');
  });
  const parsed = parseDocument(lines.join('\n'), 'sixty.txt', 'sixty-paragraphs');
  if (parsed.document?.paragraphs.length !== 60)
    throw new Error(`the 60-paragraph summary did not parse: ${parsed.problems.map(formatProblem).join('; ')}`);
  return parsed.document;
}

/** The goals a set misses, in words ("Organization recall 67%"). */
function missedGoals(score: Score): string[] {
  const out: string[] = [];
  const check = (counts: ReadonlyMap<string, Count>, goals: Record<string, { recall?: number; precision?: number }>) => {
    for (const [name, goal] of Object.entries(goals)) {
      const c = counts.get(name);
      if (!c) continue;
      const r = ratio(c.matched, c.gold);
      const p = ratio(c.matched, c.drafted);
      if (goal.recall !== undefined && r !== undefined && r < goal.recall) out.push(`${name} recall ${pct(r)}`);
      if (goal.precision !== undefined && p !== undefined && p < goal.precision) out.push(`${name} precision ${pct(p)}`);
    }
  };
  check(score.nodes, ENTITY_GOALS);
  check(score.edges, RELATION_GOALS);
  if (score.shared.linked < score.shared.total) out.push(`shared ids ${score.shared.linked}/${score.shared.total}`);
  return out;
}

const pct = (x: number | undefined) => (x === undefined ? '—' : `${(100 * x).toFixed(1)}%`);

function row(name: string, c: Count, held: Count | undefined, goal?: { recall?: number; precision?: number }): string {
  const recall = ratio(c.matched, c.gold);
  const precision = ratio(c.matched, c.drafted);
  const heldOut = held ? `${pct(ratio(held.matched, held.gold))} / ${pct(ratio(held.matched, held.drafted))}` : '—';
  const goals = [
    goal?.recall !== undefined ? `recall ≥ ${goal.recall * 100}%` : '',
    goal?.precision !== undefined ? `precision ≥ ${goal.precision * 100}%` : '',
  ]
    .filter(Boolean)
    .join(', ');
  const met = goal
    ? (goal.recall === undefined || (recall ?? 0) >= goal.recall) && (goal.precision === undefined || (precision ?? 0) >= goal.precision)
      ? 'met'
      : '**not met**'
    : '';
  return `| ${name} | ${c.gold} | ${c.drafted} | ${c.matched} | ${pct(recall)} | ${pct(precision)} | ${heldOut} | ${goals} | ${met} |`;
}

function main(): void {
  const { values } = parseArgs({
    options: { 'no-write': { type: 'boolean', default: false }, verbose: { type: 'boolean', default: false } },
  });
  const corpus = readCorpus();
  // Timed first, in a fresh process, so its first run pays what a single `npm run ingest` pays (cold code).
  const sixty = longSummary(corpus.documents);
  const longRun = timed(() => draftDocument(sixty, knownEntities(corpus.annotations)));
  const nodeTotals = new Map<string, Count>();
  const edgeTotals = new Map<string, Count>();
  const nodeHeld = new Map<string, Count>();
  const edgeHeld = new Map<string, Count>();
  const perDoc: { id: string; paragraphs: number; score: Score; first: number; median: number }[] = [];
  for (const a of corpus.annotations) {
    const doc = corpus.documents.find((d) => d.id === a.document);
    if (!doc) continue;
    const known = knownEntities(corpus.annotations, doc.id);
    const { value: draft, first, median: med } = timed(() => draftDocument(doc, known));
    const gold = { nodes: a.nodes, edges: a.edges };
    const score = scoreDraft(doc, draft, gold, new Set(known.map((k) => k.id)));
    addCounts(nodeTotals, score.nodes);
    addCounts(edgeTotals, score.edges);
    if (HELD_OUT.has(doc.id)) {
      addCounts(nodeHeld, score.nodes);
      addCounts(edgeHeld, score.edges);
    }
    perDoc.push({ id: doc.id, paragraphs: doc.paragraphs.length, score, first, median: med });
    if (values.verbose) {
      console.log(`\n## ${doc.id}`);
      for (const g of score.missedNodes) console.log(`  missed ${g.kind} ${g.id} "${g.name}"`);
      for (const x of score.extraNodes) console.log(`  extra  ${x.kind} ${x.id} "${x.name}"`);
      for (const e of score.missedEdges.filter((e) => e.type in RELATION_GOALS))
        console.log(`  missed ${e.type} ${e.source} -> ${e.target}${e.negative ? ' (negative)' : ''}`);
      for (const e of score.extraEdges.filter((e) => e.type in RELATION_GOALS))
        console.log(`  extra  ${e.type} ${e.source} -> ${e.target}${e.negative ? ' (negative)' : ''}`);
      if (score.shared.missed.length) console.log(`  shared ids not linked: ${score.shared.missed.join(', ')}`);
    }
  }
  const shared = perDoc.reduce((s, d) => ({ total: s.total + d.score.shared.total, linked: s.linked + d.score.shared.linked }), {
    total: 0,
    linked: 0,
  });
  const quotes = perDoc.reduce((s, d) => ({ total: s.total + d.score.quotes.total, exact: s.exact + d.score.quotes.exact }), {
    total: 0,
    exact: 0,
  });
  const head =
    '| | gold | drafted | matched | recall | precision | unseen set: recall / precision | goal | |\n|---|---:|---:|---:|---:|---:|---:|---|---|';
  const kinds = [...nodeTotals.keys()].sort((a, b) => (a in ENTITY_GOALS ? 0 : 1) - (b in ENTITY_GOALS ? 0 : 1) || a.localeCompare(b));
  const types = [...edgeTotals.keys()].sort((a, b) => (a in RELATION_GOALS ? 0 : 1) - (b in RELATION_GOALS ? 0 : 1) || a.localeCompare(b));
  const out = [
    `Gold sets: ${perDoc.map((d) => `\`${d.id}\` (${d.paragraphs} ¶)`).join(', ')}; each drafted leave-one-out (its own annotation withheld, the other ${perDoc.length - 1} files' entities known). Unseen (written after the rules were final, never tuned on): ${[...HELD_OUT].map((h) => `\`${h}\``).join(', ')}.`,
    '',
    '**Entities, by kind** (all gold sets together; the goal is judged on all of them)',
    '',
    head,
    ...kinds.map((k) => row(k, nodeTotals.get(k) as Count, nodeHeld.get(k), ENTITY_GOALS[k])),
    '',
    '**Relations, by type**',
    '',
    head,
    ...types.map((t) => row(t, edgeTotals.get(t) as Count, edgeHeld.get(t), RELATION_GOALS[t])),
    '',
    '**Per document**',
    '',
    '| document | ¶ | entity recall | entity precision | shared ids linked | quotes exact | draft time (first / median of 5) | goals missed in this set |',
    '|---|---:|---:|---:|---:|---:|---:|---|',
    ...perDoc.map((d) => {
      const n = [...d.score.nodes.values()].reduce(
        (s, c) => ({ gold: s.gold + c.gold, drafted: s.drafted + c.drafted, matched: s.matched + c.matched }),
        { gold: 0, drafted: 0, matched: 0 },
      );
      return `| ${d.id}${HELD_OUT.has(d.id) ? ' (unseen)' : ''} | ${d.paragraphs} | ${pct(ratio(n.matched, n.gold))} | ${pct(ratio(n.matched, n.drafted))} | ${d.score.shared.linked}/${d.score.shared.total} | ${d.score.quotes.exact}/${d.score.quotes.total} | ${d.first.toFixed(1)} / ${d.median.toFixed(1)} ms | ${missedGoals(d.score).join(', ') || 'none'} |`;
    }),
    '',
    `Shared entities linked to their id: **${shared.linked}/${shared.total} (${pct(ratio(shared.linked, shared.total))})** (goal 100%). ` +
      `Exact quotes: **${quotes.exact}/${quotes.total} (${pct(ratio(quotes.exact, quotes.total))})** (goal 100%). ` +
      `A 60-paragraph summary (the gold documents' paragraphs in order, every annotation known), drafted first in the process: **${longRun.first.toFixed(0)} ms** cold, ${longRun.median.toFixed(0)} ms median of ${RUNS} (goal ≤ 1 s).`,
  ].join('\n');
  console.log(out);
  if (!values['no-write']) writeDrafterSection(out);
}

/** What the numbers mean and where they come from: written with the section, so the two never part. */
const NOTES = `**What the drafter is.** \`seed/src/draft/\`: offline, deterministic rules in TypeScript, no
dependency beyond Node (sentences by \`Intl.Segmenter\`, with a merge after honorifics, initials and month
abbreviations, which it splits on). One module per concern: names (capitalised runs classified by head
words, defined terms "Long Name (ABBR)" and "Long (ABBR) Head", "Mr./Ms. Surname" joined to the full name
or to the one known person of that surname, nationalities that stand for a state), roles and groups
(HELD_ROLE beside a name or an unnamed person "Senior director of the X"; "officials of X", "the Party's
candidates"), events (elections by year; briefings by organizer and election year — the year of the
sentence unless it only compares, else of the section heading; meetings from "met with"), attendance,
incidents and their numbered responses, recommendations, claims, and coreference ("he/she", "the Party",
"the individual", "these briefings", "the three men", "its Deputy Director"), each resolving to the last
fitting mention and naming itself in the item's \`rule\`. Known entities are linked by a loose key of their
names and portable aliases (case, accents, spacing, hyphens, Centre/Center, -ise/-ize ignored; aliases
like "the Party" or "IT Director" that mean something only in their own document are not carried).
Every quote is cut from the parsed paragraph by offsets and checked (\`builder.ts\` throws otherwise);
an edge is proposed only if \`graph/src/model.ts\` allows its kinds. No date library (the six forms in
\`dates.ts\` cover every date of the gold sets; chrono-node was not needed) and no NLP package (not tried:
the rules below already meet the name goals; \`compromise\` would be the first thing to measure if a new
document's names are missed).

**How items are matched** (\`evaluate.ts\`). A drafted node matches a gold node, one to one, strongest
first: the same id; else the same kind and a name or alias with the same loose key; else the same kind
and evidence that overlaps (a quote of each in the same paragraph, overlapping by at least half of the
shorter; closer quotes first). A drafted edge matches a gold edge of the same type whose two ends are
the matched nodes, with the same polarity (\`negative: true\` or not). "Shared ids linked": gold nodes whose
id another annotation file also declares, drafted under that id.

**Tuned sets and unseen sets.** The rules were developed against the Ishmael annotation and three
fictional summaries (Valdemar, Achterberg, Quennell) written before any rule was tuned. Then, three
times, a new fictional summary was committed before the drafter ran on it, its first run recorded, and
only then were the gaps it showed closed (each of these is a tuned set now):
1. Solberg-Mensah (676a900, first run with the rules of 35c0e22): Person 100% / 80%, Organization recall
   58.3% (7/12), Incident 0/1, Meeting 0/1, ATTENDED 1/4, REPORTED_TO 0/6, HELD_ROLE 0/5 — "League" was no
   party head word, the passive "was sent … text messages threatening" no incident cue, "passed … on to",
   "filed a complaint with", "told X about" no reporting verbs. Closed in 99831b7.
2. Farouk-Lindqvist (c5047dd, first run with the rules of c516e84): Person 100% / 60%, Organization 60% /
   75%, Meeting 0/1, ATTENDED 1/6, REPORTED_TO 2/4 at 50%, RECOMMENDED precision 66.7%, shared ids 5/6 —
   "went to the briefings", "represented the Party at them", "had a call with", "the Party's hosting
   provider" (and the report went to the possessor), "Director of Digital Operations" (read as a person),
   bare "parties", the list intro "suggested two measures:". Closed in 3feaa6d.
3. Marchand-Dubé (29ef489, committed before the fixes of round 2; its results were first read with the
   rules of 3feaa6d, which are the rules now, unchanged since except that one-word generic names such as
   "Police" are no longer linked across documents — which does not change this set's numbers). This is
   the "unseen set" column: Person 75% / 75%, Organization 50% / 80%, Incident 0/1, Meeting 0/1, ATTENDED
   50% / 75%, REPORTED_TO 0/4, RECOMMENDED 2/2. Why: "a laptop … was stolen" has no incident cue (theft is
   not in the lexicon), and with no incident no report is read (REPORTED_TO 0/4); "held a video
   conference with" is not among the meeting nouns; bare "the police" is read only with a qualifier ("the
   local police"); "officials from Elections Canada" (groups take "of", not "from"); "the Party's Chief
   Digital Officer" is cut at its first role word ("Chief"); "the briefings held in 2019, which the
   Party's then leader, Colm Adebayo, attended alone" gives the attendance to the wrong year's briefings.
These gaps are left open so that the column stays unseen. The pattern of the three rounds is the real
measure of how far these rules generalise: a first run on a new summary finds names, elections,
briefings and recommendations well, and misses incidents, meetings and reports phrased in words the
lexicon has not met. That is what the review step is for, and what each new summary's review should feed
back into \`lexicon.ts\`.

**Goals not met, and why.** On all seven gold sets together, Incident (83.3%), Meeting (87.5%) and
Organization (87.8%) recall fall below 90%, all because of the unseen set's misses above (without it:
Incident 10/11 = 90.9%, Meeting 7/7, Organization 61/66 = 92.4%). Every other goal is met on the total: Person
and Place recall ≥ 93%, Person/Organization/Place precision ≥ 96%, ATTENDED/REPORTED_TO/RECOMMENDED
recall ≥ 88% at precision ≥ 97%, 51/51 shared ids, every quote exact. Per tuned set (last column):
Ishmael Organization recall 87.5% — "Those discussing potential foreign interference" (an addressee the
recommendation implies but never names) and "Individuals signing up international students" (a
participial phrase, not a noun of people) are beyond noun-phrase rules; a reviewer adds them. Valdemar
Person recall 80% — "a single organizer who paid their membership fees" is an unnamed person with no
organization after the role, which the unnamed-role rule requires to stay precise. Achterberg Incident
recall 66.7% — "The test found an outdated plugin" is a finding, not an event with an incident cue.
HELD_ROLE recall is about 70% overall (roles given in passing, "the Party's candidate in
Beaumont-Riviere, Lucien …", are read only with a role word the lexicon knows). Closing these needs a
parser of clauses (subject, verb, object) — the next step would be to measure \`compromise\` (a package
that ships its own lexicon, no model download) for noun phrases and verb groups against these same gold
sets — or per-phrase rules fitted to one sentence, which were not written. Timing: the 60-paragraph summary is drafted far under 1 s.`;

/** Replace this script's section of bench/RESULTS.md (between its markers), or append it. */
function writeDrafterSection(body: string): void {
  writeSection(
    RESULTS,
    'eval:draft',
    'Drafter quality (npm run eval:draft)',
    `${body}\n\n${NOTES}`,
    'written by npm run eval:draft; edit the script, not this section',
  );
  console.log(`\nWrote the section of ${RESULTS}`);
}

main();
