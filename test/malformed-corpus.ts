// A corpus of malformed seed data, generated in code: each case is a small valid data folder with
// one thing broken, and the exact problems the seed must print for it ("file:line: message").
// malformed.test.ts runs the real CLI on each against a real Neo4j.
// Past 300 lines: a table of cases, one entry each, with the exact lines the seed must print.
import { RESERVED_PROPERTIES } from '../graph/src/fields.ts';
import { MAX_FILE_BYTES } from '../seed/src/pipeline.ts';

export const VALID_DOCUMENT = `Stage 1 Interview Summary: Jane Doe

Jane Doe, the Director, was interviewed by Commission counsel on February 9, 2024.

Notes to Reader:

- Notes in square brackets are counsel's.

1. Briefings

[1] Jane Doe attended SITE briefings in respect of the 2019 federal election.

[2] The Canadian Centre for Cyber Security alerted the Party about the breach.

2. Incidents

[3] The breach was reported to SITE. No further steps were taken.
`;

export const VALID_ANNOTATIONS = `document: doc-a
nodes:
  - id: jane-doe
    kind: Person
    name: Jane Doe
    evidence:
      - { paragraph: 1, quote: "Jane Doe attended SITE briefings" }
  - id: site-task-force
    kind: Organization
    category: task force
    name: SITE Task Force
    aliases: [SITE]
    evidence:
      - { paragraph: 1, quote: "SITE briefings" }
  - id: site-briefings-2019
    kind: Briefing
    name: SITE briefings of 2019
    date: "2019"
    evidence:
      - { paragraph: 1, quote: "SITE briefings in respect of the 2019 federal election" }
  - id: breach
    kind: Incident
    name: The breach
    evidence:
      - { paragraph: 3, quote: "The breach was reported to SITE." }
  - id: breach-no-further-steps
    kind: Response
    name: No further steps
    negative: true
    evidence:
      - { paragraph: 3, quote: "No further steps were taken." }
edges:
  - type: ATTENDED
    source: jane-doe
    target: site-briefings-2019
    evidence:
      - { paragraph: 1, quote: "Jane Doe attended SITE briefings" }
  - type: RESPONDED_WITH
    source: breach
    target: breach-no-further-steps
    properties: { order: 1 }
    evidence:
      - { paragraph: 3, quote: "No further steps were taken." }
`;

export const DOCUMENT = 'documents/doc-a.txt';
export const ANNOTATIONS = 'annotations/doc-a.yaml';

/** The valid data folder: one document and its annotations. */
export const VALID_FILES: Readonly<Record<string, string>> = { [DOCUMENT]: VALID_DOCUMENT, [ANNOTATIONS]: VALID_ANNOTATIONS };

export interface MalformedCase {
  name: string;
  /** Files that differ from VALID_FILES: their content, or null to leave the file out */
  files: Record<string, string | Uint8Array | null>;
  /** What the seed prints, in order: "file:line: message" (or "file: message" for a whole-file problem) */
  problems: string[];
}

/** `text` with `from` replaced by `to`; throws when `from` is not there, so no case breaks nothing by accident. */
function edit(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`the corpus edit expects ${JSON.stringify(from)}`);
  return text.replace(from, to);
}

const doc = (from: string, to: string) => ({ [DOCUMENT]: edit(VALID_DOCUMENT, from, to) });
const ann = (from: string, to: string) => ({ [ANNOTATIONS]: edit(VALID_ANNOTATIONS, from, to) });
/** The annotations with each [from, to] edit applied in turn. */
const annEdits = (...edits: [string, string][]) => ({
  [ANNOTATIONS]: edits.reduce((text, [from, to]) => edit(text, from, to), VALID_ANNOTATIONS),
});
const A = ANNOTATIONS;
const D = DOCUMENT;
const KINDS =
  'Person, Organization, Place, Election, Briefing, Meeting, Interview, Nomination, Incident, Response, Publication, Process, Claim, Recommendation';

/** A "billion laughs" file: ten levels of aliases, each repeating the one before ten times. */
function aliasBomb(): string {
  const lines = ['document: doc-a', 'a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i < 10; i++) lines.push(`a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]`);
  return `${lines.join('\n')}\n`;
}

export const MALFORMED_CASES: MalformedCase[] = [
  // ── documents: not a text at all ───────────────────────────────────────────────────────────
  { name: 'an empty document', files: { [D]: '' }, problems: [`${D}: the document is empty`] },
  {
    name: 'a document of blank lines only',
    files: { [D]: '\n \n\t\n\n' },
    problems: [`${D}: the document is empty`],
  },
  {
    name: 'a PDF given instead of its text',
    files: { [D]: new Uint8Array([...Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n'), 0, 1, 2, 0xff, 0xfe, 10]) },
    problems: [`${D}:4: the document is not text (it contains binary data); give the text extracted from the PDF`],
  },
  {
    name: 'a document saved as UTF-16',
    files: { [D]: new Uint8Array([0xff, 0xfe, ...Buffer.from(VALID_DOCUMENT, 'utf16le')]) },
    problems: [`${D}:1: the document is not text (it contains binary data); give the text extracted from the PDF`],
  },
  {
    name: 'a document saved as Windows-1252 (a curly apostrophe byte)',
    files: {
      [D]: Buffer.from(edit(VALID_DOCUMENT, 'alerted the Party', 'alerted the Party\u2019s office').replace('\u2019', '\u0092'), 'latin1'),
    },
    problems: [`${D}:13: the file is not UTF-8 (byte 0x92 is not valid here); save it as UTF-8`],
  },
  {
    name: 'an enormous document',
    files: { [D]: `${VALID_DOCUMENT}${'[4] More text.\n'.repeat(Math.ceil(MAX_FILE_BYTES / 15))}` },
    problems: [`${D}: the file is ${VALID_DOCUMENT.length + 15 * Math.ceil(MAX_FILE_BYTES / 15)} bytes; the limit is ${MAX_FILE_BYTES}`],
  },
  // ── documents: text, but not in the series' format ─────────────────────────────────────────
  {
    name: 'a document without its title',
    files: doc('Stage 1 Interview Summary: Jane Doe\n\n', ''),
    problems: [`${D}:1: the document has no title: its first line should be the title, e.g. "Stage 1 Interview Summary: Jane Doe"`],
  },
  {
    name: 'a document without the interview line',
    files: doc('Jane Doe, the Director, was interviewed by Commission counsel on February 9, 2024.\n', ''),
    problems: [
      `${D}:8: no interview line was found: expected "NAME, the ROLE, was interviewed by WHOM on MONTH D, YYYY." before the first paragraph`,
    ],
  },
  {
    name: 'an interview date that does not exist',
    files: doc('February 9, 2024', 'February 30, 2024'),
    problems: [`${D}:3: the interview date "February 30, 2024" is not a date like "March 5, 2024"`],
  },
  {
    name: 'a duplicated paragraph number',
    files: doc('[3] The breach', '[2] The breach'),
    problems: [`${D}:17: paragraph [2] appears twice (first at line 13)`],
  },
  {
    name: 'a missing paragraph number',
    files: doc('[3] The breach', '[4] The breach'),
    problems: [`${D}:17: paragraph [3] is missing before [4]`],
  },
  {
    name: 'paragraphs out of order',
    files: { [D]: edit(edit(VALID_DOCUMENT, '[2] The', '[3] The'), '[3] The breach', '[2] The breach') },
    problems: [`${D}:17: paragraph [2] comes after [3]: paragraphs must be in order`],
  },
  {
    name: 'a paragraph numbered [0]',
    files: doc('[1] Jane Doe', '[0] Jane Doe'),
    problems: [`${D}:11: paragraph numbers start at [1], not [0]`, `${D}:13: paragraph [1] is missing before [2]`],
  },
  {
    name: 'an empty paragraph',
    files: doc('[2] The Canadian Centre for Cyber Security alerted the Party about the breach.', '[2]'),
    problems: [`${D}:13: paragraph [2] is empty`],
  },
  {
    name: 'prose outside any numbered paragraph',
    files: doc('2. Incidents\n', '2. Incidents\n\nThis line belongs to no paragraph\n'),
    problems: [`${D}:17: text outside any numbered paragraph: "This line belongs to no paragraph"`],
  },
  {
    name: 'a document without numbered paragraphs',
    files: { [D]: VALID_DOCUMENT.slice(0, VALID_DOCUMENT.indexOf('[1]')) },
    problems: [`${D}: the document has no numbered paragraphs ([1], [2], …)`],
  },
  // ── the data folder ────────────────────────────────────────────────────────────────────────
  {
    name: 'a document without annotations',
    files: { 'documents/doc-b.txt': VALID_DOCUMENT },
    problems: [`documents/doc-b.txt: has no annotation file: add annotations/doc-b.yaml`],
  },
  {
    name: 'annotations without a document',
    files: { 'annotations/doc-b.yaml': VALID_ANNOTATIONS.replace('doc-a', 'doc-b') },
    problems: [`annotations/doc-b.yaml: has no document: add documents/doc-b.txt`],
  },
  {
    name: 'annotations that name another document',
    files: ann('document: doc-a', 'document: doc-b'),
    problems: [`${A}:1: document "doc-b" does not match the file name: expected "doc-a"`],
  },
  // ── annotations: not YAML, or not the expected shape ───────────────────────────────────────
  {
    name: 'an empty annotation file',
    files: { [A]: '' },
    problems: [`${A}:1: an annotation file must be a mapping with document, nodes and edges`],
  },
  {
    name: 'a YAML syntax error',
    files: ann('aliases: [SITE]', 'aliases: [SITE'),
    problems: [`${A}:13: YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]`],
  },
  {
    name: 'tabs as YAML indentation',
    files: ann('    kind: Person', '\tkind: Person'),
    problems: [`${A}:4: YAML syntax error: Tabs are not allowed as indentation`],
  },
  {
    name: 'a key given twice',
    files: ann('    name: Jane Doe\n', '    name: Jane Doe\n    name: Janet Doe\n'),
    problems: [`${A}:6: YAML syntax error: Map keys must be unique`],
  },
  {
    name: 'a YAML alias bomb',
    files: { [A]: aliasBomb() },
    problems: [`${A}:3: YAML aliases cannot be expanded: Excessive alias count indicates a resource exhaustion attack`],
  },
  {
    name: 'YAML nested ten thousand levels deep',
    files: { [A]: `document: doc-a\nnodes: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n` },
    problems: [`${A}:2: YAML is nested too deeply to read`],
  },
  {
    name: 'annotations that are not UTF-8',
    files: { [A]: Buffer.from(edit(VALID_ANNOTATIONS, 'name: Jane Doe', 'name: Jané Doe'), 'latin1') },
    problems: [`${A}:5: the file is not UTF-8 (byte 0xE9 is not valid here); save it as UTF-8`],
  },
  { name: 'a misspelt top-level key', files: ann('edges:', 'edge:'), problems: [`${A}:33: Unrecognized key: "edge"`] },
  {
    name: 'an unknown node kind',
    files: ann('kind: Person', 'kind: Human'),
    problems: [`${A}:4: nodes.0.kind: kind must be one of ${KINDS}`],
  },
  {
    name: 'an unknown relation type (a provenance one)',
    files: ann('type: ATTENDED', 'type: MENTIONS'),
    problems: [
      `${A}:33: edges.0.type: type must be one of ATTENDED, HELD_ROLE, REPRESENTED, ORGANIZED, PART_OF, PRECEDED, LOCATED_IN, REPORTED_TO, RESPONDED_WITH, PERFORMED, CONSULTED, NOTICED, TARGETED, MET_WITH, PUBLISHED, DISTRIBUTED, REPLACED, RECOMMENDED, ADDRESSED_TO, ASSERTED, ABOUT, INTERVIEWED_IN, CONTRADICTS, CORROBORATES`,
    ],
  },
  {
    name: 'an id that is not a slug (a right-to-left override in it)',
    files: ann('id: jane-doe', 'id: jane\u202E-doe'),
    problems: [`${A}:3: nodes.0.id: ids are lower-case slugs like "azam-ishmael"`],
  },
  {
    name: 'a paragraph number given as text',
    files: ann('{ paragraph: 3, quote: "The breach', '{ paragraph: three, quote: "The breach'),
    problems: [`${A}:25: nodes.3.evidence.0.paragraph: Invalid input: expected number, received string`],
  },
  {
    name: 'aliases given as one string',
    files: ann('aliases: [SITE]', 'aliases: SITE'),
    problems: [`${A}:12: nodes.1.aliases: Invalid input: expected array, received string`],
  },
  {
    name: 'a quote too short to check',
    files: ann('quote: "SITE briefings" }', 'quote: "SI" }'),
    problems: [`${A}:14: nodes.1.evidence.0.quote: a quote needs at least 3 characters`],
  },
  {
    name: 'a reserved property name',
    files: ann('negative: true', 'negative: true\n    properties: { searchText: x }'),
    problems: [`${A}:30: nodes.4.properties: these property names are reserved: ${RESERVED_PROPERTIES.join(', ')}`],
  },
  {
    name: 'negative written as a property (the old form)',
    files: ann('    negative: true\n', '    properties: { negative: true }\n'),
    problems: [
      `${A}:29: nodes.4.properties: negative is not a property: write \`negative: true\` on the node or relation itself (beside its evidence)`,
    ],
  },
  {
    name: 'a date that does not exist',
    files: ann('date: "2019"', 'date: "2019-02-30"'),
    problems: [`${A}:18: nodes.2.date: date names a month or day that does not exist`],
  },
  {
    name: 'a document field of the wrong type (!!binary)',
    files: ann('document: doc-a', 'document: !!binary ZG9jLWE='),
    problems: [`${A}:1: document: Invalid input: expected string, received Buffer`],
  },
  // ── annotations: well-formed, but not true to the document or to each other ────────────────
  {
    name: 'a quote not in its paragraph',
    files: ann('quote: "The breach was reported to SITE." }', 'quote: "The breach was reported to the police." }'),
    problems: [`${A}:25: quote not found in paragraph [3]: "The breach was reported to the police."`],
  },
  {
    name: 'a quote from another paragraph',
    files: ann(
      '{ paragraph: 3, quote: "The breach was reported to SITE." }',
      '{ paragraph: 2, quote: "The breach was reported to SITE." }',
    ),
    problems: [`${A}:25: quote not found in paragraph [2]: "The breach was reported to SITE."`],
  },
  {
    name: 'a quote with typographic differences',
    files: ann('quote: "SITE briefings" }', 'quote: "site  briefings" }'),
    problems: [
      `${A}:14: quote not found in paragraph [1]: "site  briefings" (it differs only in case, quotation marks, dashes or spacing: copy it from the document)`,
    ],
  },
  {
    name: 'a paragraph that does not exist',
    files: ann('{ paragraph: 3, quote: "The breach', '{ paragraph: 30, quote: "The breach'),
    problems: [`${A}:25: paragraph [30] does not exist in doc-a (it has [1]–[3])`],
  },
  {
    name: 'a dangling reference',
    files: ann('target: site-briefings-2019', 'target: site-briefing-2019'),
    problems: [`${A}:33: ATTENDED target "site-briefing-2019" is not a known id (did you mean "site-briefings-2019"?)`],
  },
  {
    name: 'a duplicate node id',
    files: ann('  - id: breach\n', '  - id: jane-doe\n'),
    problems: [`${A}:21: id "jane-doe" is defined twice (first at line 3)`, `${A}:38: RESPONDED_WITH source "breach" is not a known id`],
  },
  {
    name: 'a duplicate relation id',
    files: annEdits(
      ['  - type: RESPONDED_WITH\n', '  - id: same\n    type: RESPONDED_WITH\n'],
      ['  - type: ATTENDED\n', '  - id: same\n    type: ATTENDED\n'],
    ),
    problems: [`${A}:39: relation id "same" is used twice (first at ${A}:33)`],
  },
  {
    name: 'a reference to an entity nothing defines',
    files: ann(
      '  - id: site-task-force\n    kind: Organization\n    category: task force\n    name: SITE Task Force\n',
      '  - id: site-task-forc\n',
    ),
    problems: [`${A}:8: "site-task-forc" refers to an entity (no kind or name) that neither entities.yaml nor another document defines`],
  },
  {
    name: 'a shared entity of an unknown kind in entities.yaml',
    files: { 'entities.yaml': 'entities:\n  - id: site-task-force\n    kind: TaskForce\n    name: SITE Task Force\n' },
    problems: [`entities.yaml:3: entities.0.kind: kind must be one of ${KINDS}`],
  },
  {
    name: 'a judgement pairing an id with itself in resolutions.yaml',
    files: { 'resolutions.yaml': 'same:\n  - [jane-doe, jane-doe]\n' },
    problems: ['resolutions.yaml:2: same: [jane-doe, jane-doe] pairs an id with itself'],
  },
  {
    name: 'conflicting aliases',
    files: ann('    name: The breach\n', '    name: The breach\n    aliases: [SITE]\n'),
    problems: [`${A}:21: the name or alias "SITE" of "breach" is already used by "site-task-force" (${A}:8)`],
  },
  {
    name: 'a node without evidence',
    files: ann(
      '    negative: true\n    evidence:\n      - { paragraph: 3, quote: "No further steps were taken." }\n',
      '    negative: true\n',
    ),
    problems: [`${A}:26: "breach-no-further-steps" has no evidence: every node needs a paragraph and quote behind it`],
  },
  {
    name: 'a relation between the wrong kinds',
    files: ann('target: site-briefings-2019', 'target: breach'),
    problems: [`${A}:33: ATTENDED cannot have an Incident ("breach") as its target; allowed: Briefing, Meeting, Interview`],
  },
  {
    name: 'a relation without its required order',
    files: ann('    properties: { order: 1 }\n', ''),
    problems: [`${A}:38: RESPONDED_WITH needs a number property "order"`],
  },
  {
    name: 'a relation from a node to itself',
    files: annEdits(['type: ATTENDED', 'type: MET_WITH'], ['target: site-briefings-2019', 'target: jane-doe']),
    problems: [`${A}:33: MET_WITH joins "jane-doe" to itself: source and target must differ`],
  },
  // ── limits of where the graph goes: ids the API takes, values Neo4j's indexes take ─────────
  {
    name: 'ten thousand aliases: the names together too large for the text index',
    files: ann(
      'aliases: [SITE]',
      `aliases: [SITE, ${Array.from({ length: 10_000 }, (_, i) => `a${String(i).padStart(4, '0')}`).join(', ')}]`,
    ),
    problems: [
      `${A}:8: the name and aliases of "site-task-force" are 60,020 bytes together (searchText); Neo4j's text index on Entity.searchText takes at most 32,766 bytes of UTF-8: shorten or drop aliases`,
    ],
  },
  {
    name: 'one alias too large for the text index',
    files: ann('aliases: [SITE]', `aliases: [SITE, ${'x'.repeat(33_000)}]`),
    problems: [
      `${A}:8: the name and aliases of "site-task-force" are 33,021 bytes together (searchText); Neo4j's text index on Entity.searchText takes at most 32,766 bytes of UTF-8: shorten or drop aliases`,
    ],
  },
  {
    name: 'a name too long for the range index',
    files: ann('    name: The breach\n', `    name: The breach${' and more'.repeat(1_000)}\n`),
    problems: [`${A}:21: the name of "breach" is 9,010 bytes; Neo4j's range index on Entity.name takes at most 8,164 bytes of UTF-8`],
  },
  {
    name: "a person's name that makes the attendance key too long for the range index",
    files: ann('    name: Jane Doe\n', `    name: Jane Doe${' Smith'.repeat(1_355)}\n`),
    problems: [
      `${A}:33: this ATTENDED relation's attendance key (its event's and person's names and ids) is 8,237 bytes; Neo4j's range index on ATTENDED.attendanceKey takes at most 8,164 bytes of UTF-8: shorten those names`,
    ],
  },
  {
    name: 'a document id (its file name) over 200 characters',
    files: {
      [`documents/doc-${'a'.repeat(226)}.txt`]: VALID_DOCUMENT,
      [`annotations/doc-${'a'.repeat(226)}.yaml`]: VALID_ANNOTATIONS.replace('doc-a', `doc-${'a'.repeat(226)}`),
    },
    problems: [
      `documents/doc-${'a'.repeat(226)}.txt: the document id "doc-${'a'.repeat(36)}…" (its file name) is 230 characters; ids have at most 200: rename the document and its annotation file`,
    ],
  },
  {
    name: 'a node id over 200 characters',
    files: ann('id: jane-doe', `id: jane-doe-${'x'.repeat(200)}`),
    problems: [`${A}:3: nodes.0.id: ids have at most 200 characters (the API refuses longer ones)`],
  },
  {
    name: 'a relation id over 200 characters',
    files: ann('  - type: ATTENDED\n', `  - id: ${'x'.repeat(201)}\n    type: ATTENDED\n`),
    problems: [`${A}:33: edges.0.id: ids have at most 200 characters (the API refuses longer ones)`],
  },
  {
    name: 'a relation id made of its ends over 200 characters',
    files: annEdits(
      ['  - id: breach\n', `  - id: breach-${'x'.repeat(183)}\n`],
      ['source: breach\n', `source: breach-${'x'.repeat(183)}\n`],
    ),
    problems: [
      `${A}:38: the relation id "breach-${'x'.repeat(33)}…" is 231 characters; ids have at most 200: give the relation a shorter id`,
    ],
  },
  {
    name: 'a kind that conflicts between documents',
    files: {
      'documents/doc-b.txt': VALID_DOCUMENT,
      'annotations/doc-b.yaml': edit(VALID_ANNOTATIONS.replace('doc-a', 'doc-b'), 'kind: Person', 'kind: Organization'),
    },
    problems: [`annotations/doc-b.yaml:3: "jane-doe" is an Organization here but a Person at ${A}:3`],
  },
];
