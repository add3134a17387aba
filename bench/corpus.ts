// A synthetic corpus of interview summaries in the format of seed/documents/*.txt, each with its
// annotation file, deterministic from a seed: documents 0..N-1 of a corpus of N are the same as
// those of any larger corpus with the same seed, so sizes grow by adding, never by reshuffling.
// It exists to measure the pipeline, the load and the API at sizes the real data will not reach
// for years; the text is plausible but invented, and says so in every annotation file.
// Past 300 lines: the generator's templates and their deterministic choices belong together.
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DocBuilder } from './corpus-builder.ts';
import { election, PARTIES, riding, RIDINGS, SHARED, siteBriefings, type SharedDef } from './corpus-shared.ts';
import { INCIDENTS, type IncidentContext } from './corpus-incidents.ts';
import { createRng, mixSeed, type Rng } from './prng.ts';

export interface CorpusOptions {
  documents: number;
  seed?: number;
  /** Incidents per election section (each a chain of responses ending in a negative one) */
  incidentsPerElection?: number;
}

/** Ids a benchmark asks about, per document. */
export interface DocumentManifest {
  id: string;
  interviewee: string;
  persons: string[];
  incidents: string[];
  recommendations: string[];
}

export interface GeneratedDocument {
  id: string;
  text: string;
  yaml: string;
  manifest: DocumentManifest;
}

export const DEFAULT_SEED = 20240305;
const ELECTIONS = [2019, 2021] as const;
const FIRST = {
  Mr: ['Daniel', 'Marc', 'Samir', 'Owen', 'Luc', 'Ravi', 'Tomas', 'Hugo', 'Felix', 'Andre', 'Kenji', 'Omar'],
  Ms: ['Claire', 'Nadia', 'Priya', 'Sofia', 'Helene', 'Amara', 'Julie', 'Ines', 'Mei', 'Laura', 'Farah', 'Rosa'],
} as const;
const SYLLABLES = [
  'va',
  'ren',
  'tor',
  'mi',
  'ka',
  'lo',
  'sen',
  'dra',
  'qui',
  'bel',
  'mar',
  'cos',
  'lin',
  'fe',
  'ru',
  'to',
  'shi',
  'an',
  'del',
  'po',
];
const ROLES = [
  'National Director',
  'Campaign Director',
  'Director of Operations',
  'Chief Financial Officer',
  'Director of Communications',
  'Executive Director',
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const PERSONS_PER_DOCUMENT = 5;

interface Person {
  id: string;
  title: 'Mr' | 'Ms';
  first: string;
  surname: string;
  full: string;
  short: string;
}

/**
 * A surname no other person in any corpus of this seed has: a bijection from the person's global
 * number to syllables, so names (which the seed requires to be unique) never collide.
 */
function surname(n: number): string {
  const space = SYLLABLES.length ** 4;
  let k = (n * 7919 + 12345) % space; // 7919 is prime and does not divide 20^4: a permutation
  const parts: string[] = [];
  for (let i = 0; i < 4; i++) {
    parts.push(SYLLABLES[k % SYLLABLES.length] ?? '');
    k = Math.floor(k / SYLLABLES.length);
  }
  // Three or four syllables, depending on the number, so names do not all look alike.
  const word = parts.slice(0, 3 + (n % 2)).join('');
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function person(rng: Rng, n: number): Person {
  const title = rng.chance(0.5) ? 'Mr' : 'Ms';
  const first = rng.pick(FIRST[title]);
  const last = surname(n);
  const full = `${first} ${last}`;
  return { id: `${first}-${last}`.toLowerCase(), title, first, surname: last, full, short: `${title}. ${last}` };
}

function interviewDate(rng: Rng): { text: string } {
  const month = rng.int(0, 11);
  return { text: `${MONTHS[month]} ${rng.int(1, 28)}, 2024` };
}

/** Defines a shared entity in this document, citing where this document names it. */
function shared(b: DocBuilder, def: SharedDef, paragraph: number, quote: string): string {
  return b.node(def, b.cite(paragraph, quote));
}

export function generateDocument(seed: number, index: number, incidentsPerElection = 4): GeneratedDocument {
  const rng = createRng(mixSeed(seed, index));
  const people = Array.from({ length: PERSONS_PER_DOCUMENT }, (_, k) => person(rng, index * PERSONS_PER_DOCUMENT + k));
  const [me, a, b2, c, d] = people as [Person, Person, Person, Person, Person];
  const party = PARTIES[index % PARTIES.length] ?? PARTIES[0]!;
  const role = rng.pick(ROLES);
  const place = rng.pick(RIDINGS);
  const tag = me.surname;
  const id = `stage1-interview-summary-${me.id}`;
  const b = new DocBuilder(id, rng);
  const definePerson = (p: Person, paragraph: number, quote: string, description?: string) =>
    b.node(
      { id: p.id, kind: 'Person', name: p.full, aliases: [p.short], ...(description ? { description } : {}) },
      b.cite(paragraph, quote),
    );

  b.line(`Stage 1 Interview Summary: ${me.full}`);
  b.line();
  b.line(`${me.full}, the ${role} of the ${party.name}, was interviewed by Commission counsel on ${interviewDate(rng).text}.`);
  b.line();
  b.line('Notes to reader');
  b.line();
  b.line('- Commission Counsel have provided explanatory notes in square brackets to assist the reader.');
  b.line(
    "- This summary contains information that relates to the Commission's mandate under clauses (a)(i)(A) and (B) of its Terms of Reference.",
  );

  b.heading('1', 'Background');
  const since = rng.int(2010, 2018);
  const p1 = b.paragraph([
    `${me.full} has served as the ${role} of the ${party.name} since ${since}.`,
    `In 2021, ${me.title === 'Mr' ? 'he' : 'she'} also worked on the campaign in ${place}.`,
  ]);
  definePerson(me, p1, `${me.full} has served as the ${role} of the ${party.name}`, `${role} of the ${party.name} since ${since}.`);
  const partyId = shared(b, party.def, p1, party.name);
  const placeId = shared(b, riding(place), p1, place);
  b.edge('HELD_ROLE', me.id, partyId, b.cite(p1, `${me.full} has served as the ${role} of the ${party.name}`), { role });

  const incidents: string[] = [];
  let section = 1;
  for (const year of ELECTIONS) {
    section++;
    const electionId = `election-${year}`;
    const others = year === 2019 ? [a, b2] : [c];
    b.heading(String(section), `The ${year} Federal Election`);

    b.heading(`${section}.1`, 'Flow of information');
    const count = others.length === 2 ? 'three' : 'two';
    const pAtt = b.paragraph([
      `${me.short} was one of ${count} ${party.name} representatives who attended Security and Intelligence Threats to Elections Task Force (SITE) briefings in respect of the ${year} federal election.`,
      others.length === 2
        ? `The other two representatives were ${others[0]!.full} and ${others[1]!.full}.`
        : `${others[0]!.full} served as the other representative at these briefings.`,
      `${count === 'three' ? 'All three' : 'Both'} were required to obtain secret clearance to attend the SITE briefings.`,
    ]);
    const siteId = shared(b, SHARED.site, pAtt, 'Security and Intelligence Threats to Elections Task Force (SITE)');
    const briefingId = shared(
      b,
      siteBriefings(year),
      pAtt,
      `attended Security and Intelligence Threats to Elections Task Force (SITE) briefings in respect of the ${year} federal election`,
    );
    shared(b, election(year), pAtt, `the ${year} federal election`);
    b.edge('ORGANIZED', siteId, briefingId, b.cite(pAtt, 'Security and Intelligence Threats to Elections Task Force (SITE) briefings'));
    b.edge('PART_OF', briefingId, electionId, b.cite(pAtt, `briefings in respect of the ${year} federal election`));
    b.edge('ATTENDED', me.id, briefingId, b.cite(pAtt, `${me.short} was one of ${count} ${party.name} representatives who attended`));
    for (const o of others) {
      definePerson(o, pAtt, o.full);
      b.edge('ATTENDED', o.id, briefingId, b.cite(pAtt, o.full));
      b.edge('REPRESENTED', o.id, partyId, b.cite(pAtt, `${party.name} representatives`));
    }

    const pGen = b.paragraph([
      `The information presented at the SITE briefings in ${year} was general.`,
      'Attendees were not allowed to take notes.',
    ]);
    const claimGeneral = b.node(
      { id: `${me.id}-claim-site-general-${year}`, kind: 'Claim', name: `${tag}: the ${year} SITE information was general` },
      b.cite(pGen, `The information presented at the SITE briefings in ${year} was general.`),
    );
    const claimNotes = b.node(
      {
        id: `${me.id}-claim-no-notes-${year}`,
        kind: 'Claim',
        name: `${tag}: no notes at the ${year} SITE briefings`,
        negative: true,
      },
      b.cite(pGen, 'Attendees were not allowed to take notes.'),
    );
    for (const claim of [claimGeneral, claimNotes]) {
      b.edge('ASSERTED', me.id, claim, b.cite(pGen, claim === claimGeneral ? 'was general' : 'not allowed to take notes'));
      b.edge('ABOUT', claim, briefingId, b.cite(pGen, 'SITE briefings'));
    }

    const host = year === 2019 ? SHARED.cyberCentre : SHARED.electionsCanada;
    const hostText = year === 2019 ? `the ${host.name}` : host.name;
    const pMeet = b.paragraph([
      `${me.short} also met once with officials of ${hostText} to discuss the security of the ${party.name}'s campaign.`,
      `${d.full} attended that meeting as well.`,
    ]);
    const hostId = shared(b, host, pMeet, host.name);
    definePerson(d, pMeet, d.full);
    const meeting = b.node(
      { id: `${me.id}-meeting-${year}`, kind: 'Meeting', name: `${tag} meeting with ${host.name} (${year})`, date: String(year) },
      b.cite(pMeet, `met once with officials of ${hostText}`),
    );
    b.edge('ORGANIZED', hostId, meeting, b.cite(pMeet, `officials of ${hostText}`));
    b.edge('ATTENDED', me.id, meeting, b.cite(pMeet, `${me.short} also met once with officials of ${hostText}`));
    b.edge('ATTENDED', d.id, meeting, b.cite(pMeet, `${d.full} attended that meeting as well.`));
    b.edge('PART_OF', meeting, electionId, b.cite(pMeet, `the security of the ${party.name}'s campaign`));

    b.heading(`${section}.2`, 'Precautions taken against foreign interference');
    const pPrec = b.paragraph([
      `The ${party.name} consulted with cybersecurity experts and updated its approach to cybersecurity before the ${year} federal election.`,
    ]);
    const prep = b.node(
      { id: `${me.id}-cyber-prep-${year}`, kind: 'Process', name: `${tag}: cybersecurity preparation for ${year}` },
      b.cite(pPrec, 'updated its approach to cybersecurity'),
    );
    const experts = shared(b, SHARED.experts, pPrec, 'cybersecurity experts');
    b.edge('PERFORMED', partyId, prep, b.cite(pPrec, `The ${party.name} consulted with cybersecurity experts`));
    b.edge('CONSULTED', partyId, experts, b.cite(pPrec, 'consulted with cybersecurity experts'));
    b.edge('PART_OF', prep, electionId, b.cite(pPrec, `before the ${year} federal election`));

    b.heading(`${section}.3`, 'Incidents and responses');
    const ctx: IncidentContext = { b, rng, year, electionId, partyId, partyName: party.name, tag, docId: me.id, people: [a, b2, c, d] };
    for (const template of rng.sample(INCIDENTS, Math.min(incidentsPerElection, INCIDENTS.length))) incidents.push(template(ctx));

    b.heading(`${section}.4`, `Nomination race in ${place}`);
    const pNom = b.paragraph([
      `The media reported on irregularities in the nomination race in ${place} in ${year}.`,
      `${me.short} noted that no one accessed the appeal process about the ${place} nomination.`,
    ]);
    const media = shared(b, SHARED.media, pNom, 'The media reported');
    const nomination = b.node(
      { id: `${me.id}-nomination-${year}`, kind: 'Nomination', name: `${place} nomination race (${tag}, ${year})`, date: String(year) },
      b.cite(pNom, `the nomination race in ${place} in ${year}`),
    );
    const reports = b.node(
      { id: `${me.id}-media-reports-${year}`, kind: 'Publication', name: `Media reports on the ${place} nomination (${tag}, ${year})` },
      b.cite(pNom, 'The media reported on irregularities'),
    );
    const noAppeal = b.node(
      {
        id: `${me.id}-claim-no-appeal-${year}`,
        kind: 'Claim',
        name: `${tag}: no appeal about the ${place} nomination in ${year}`,
        negative: true,
      },
      b.cite(pNom, 'no one accessed the appeal process'),
    );
    b.edge('PUBLISHED', media, reports, b.cite(pNom, 'The media reported on irregularities'));
    b.edge('ABOUT', reports, nomination, b.cite(pNom, `irregularities in the nomination race in ${place}`));
    b.edge('LOCATED_IN', nomination, placeId, b.cite(pNom, `the nomination race in ${place}`));
    b.edge('PART_OF', nomination, electionId, b.cite(pNom, `in ${place} in ${year}`));
    b.edge('ASSERTED', me.id, noAppeal, b.cite(pNom, `${me.short} noted that no one accessed the appeal process`));
    b.edge('ABOUT', noAppeal, nomination, b.cite(pNom, `about the ${place} nomination`));

    b.heading(`${section}.5`, `The ${party.name} does not believe that foreign interference affected the results`);
    const pRes = b.paragraph([
      `${me.short} did not receive any complaints about potential foreign interference from ${party.name} candidates or staff.`,
      `The ${party.name} does not believe that foreign interference affected the results of the ${year} federal election.`,
    ]);
    const noComplaints = b.node(
      {
        id: `${me.id}-claim-no-complaints-${year}`,
        kind: 'Claim',
        name: `${tag}: no complaints in ${year}`,
        negative: true,
      },
      b.cite(pRes, 'did not receive any complaints about potential foreign interference'),
    );
    const noEffect = b.node(
      {
        id: `${me.id}-claim-no-effect-${year}`,
        kind: 'Claim',
        name: `${tag}: no effect on the ${year} results`,
        negative: true,
      },
      b.cite(pRes, `does not believe that foreign interference affected the results of the ${year} federal election`),
    );
    b.edge('ASSERTED', me.id, noComplaints, b.cite(pRes, `${me.short} did not receive any complaints`));
    b.edge('ASSERTED', partyId, noEffect, b.cite(pRes, `The ${party.name} does not believe`));
    b.edge('ABOUT', noComplaints, electionId, b.cite(pRes, 'potential foreign interference'));
    b.edge('ABOUT', noEffect, electionId, b.cite(pRes, `the results of the ${year} federal election`));
  }

  section++;
  b.heading(String(section), 'Recommendations');
  const pIntro = b.paragraph([`${me.short} provided the following recommendations:`]);
  const recommendations = RECOMMENDATIONS.map((r, i) => {
    const p = b.paragraph([r.text(party.name)]);
    const target = shared(b, r.to, p, r.quote);
    const rec = b.node({ id: `${me.id}-rec-${i + 1}`, kind: 'Recommendation', name: `${tag}: ${r.name}` }, b.cite(p, r.text(party.name)));
    b.edge('RECOMMENDED', me.id, rec, b.cite(pIntro, `${me.short} provided the following recommendations:`));
    b.edge('ADDRESSED_TO', rec, target, b.cite(p, r.quote));
    return rec;
  });

  return {
    id,
    text: b.text(),
    yaml: b.yaml(),
    manifest: { id, interviewee: me.id, persons: people.map((p) => p.id), incidents, recommendations },
  };
}

const RECOMMENDATIONS: { name: string; to: SharedDef; quote: string; text: (party: string) => string }[] = [
  {
    name: 'regular SITE meetings',
    to: SHARED.site,
    quote: 'SITE',
    text: () => 'SITE meetings should be held regularly in between elections, so that reports of suspected issues are made to SITE.',
  },
  {
    name: 'a list of approved vendors',
    to: SHARED.government,
    quote: 'federal government',
    text: () => 'The federal government should provide political parties with a list of vendors approved for use during elections.',
  },
  {
    name: 'guidance on reporting',
    to: SHARED.electionsCanada,
    quote: 'Elections Canada',
    text: (p) => `Elections Canada should publish plain guidance for ${p} staff on when to report suspected interference.`,
  },
];

/** Every document of a corpus of `documents`, in order. */
export function generateCorpus(options: CorpusOptions): GeneratedDocument[] {
  const seed = options.seed ?? DEFAULT_SEED;
  return Array.from({ length: options.documents }, (_, i) => generateDocument(seed, i, options.incidentsPerElection));
}

/** Writes documents/ and annotations/ under `dir` (created if needed): a folder loadGraph reads. */
export async function writeCorpus(dir: string, corpus: readonly GeneratedDocument[]): Promise<void> {
  await mkdir(join(dir, 'documents'), { recursive: true });
  await mkdir(join(dir, 'annotations'), { recursive: true });
  for (const doc of corpus) {
    await writeFile(join(dir, 'documents', `${doc.id}.txt`), doc.text);
    await writeFile(join(dir, 'annotations', `${doc.id}.yaml`), doc.yaml);
  }
}

/**
 * Moves one document (its text and its annotation) out of a corpus folder into a new folder
 * inside it, a corpus of its own (loadGraph reads only documents/ and annotations/ at the top):
 * the corpus without it, and that document alone. Returns the new folder.
 */
export async function moveDocumentAside(dir: string, id: string): Promise<string> {
  const aside = await mkdtemp(join(dir, 'aside-'));
  for (const [folder, ext] of [
    ['documents', 'txt'],
    ['annotations', 'yaml'],
  ] as const) {
    await mkdir(join(aside, folder), { recursive: true });
    await rename(join(dir, folder, `${id}.${ext}`), join(aside, folder, `${id}.${ext}`));
  }
  return aside;
}

/** A fresh temp folder holding the corpus (never inside the repository); remove() deletes it. */
export async function corpusInTempDir(
  options: CorpusOptions,
): Promise<{ dir: string; corpus: GeneratedDocument[]; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), `tg-corpus-${options.documents}-`));
  const corpus = generateCorpus(options);
  await writeCorpus(dir, corpus);
  return { dir, corpus, remove: () => rm(dir, { recursive: true, force: true }) };
}
