// Likely duplicates: two nodes of one kind whose names or aliases are alike once normalised
// (graph/src/normalise.ts: case and accents ignored; punctuation too), or one typing slip apart
// ("Centre"/"Center"), with no judgement in resolutions.yaml. The seed warns, naming both places,
// and goes on: only a curator can say whether they are one thing (`same`) or two (`different`).
// Candidates are found through an index of each label's one-deletion variants, so the cost grows
// with the labels, not with their pairs (a corpus of 1,000 documents has tens of thousands).
import { normaliseText } from '../../graph/src/normalise.ts';
import type { NodeKind } from '../../graph/src/model.ts';
import type { MergedNode } from './merge-nodes.ts';
import type { Problem } from './problems.ts';
import { pairKey, type Resolutions } from './resolutions.ts';

/** Below this many characters a one-letter difference is a different word ("Ms. Lee"/"Mr. Lee"), not a slip. */
const MIN_FUZZY_LENGTH = 8;

/** "the Party", "a volunteer": a document's description of something, not a name; never compared. */
const DESCRIPTIVE = /^(?:the|a|an|its|their|this|that|these|those)\s/i;

export function labelKey(label: string): string {
  return normaliseText(label)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Numbers name different things ("2019 federal election", "2021 federal election"): keys must agree on them. */
function digits(key: string): string {
  return key.replace(/\D+/g, ' ').trim();
}

function variants(key: string): string[] {
  if (key.length < MIN_FUZZY_LENGTH) return [key];
  const out = new Set([key]);
  for (let i = 0; i < key.length; i++) out.add(key.slice(0, i) + key.slice(i + 1));
  return [...out];
}

/**
 * The kinds whose names identify one thing across documents. Claims, responses, recommendations and
 * interviews are each one document's own: two witnesses' alike claims are a comparison, not a duplicate.
 */
const IDENTIFYING: ReadonlySet<NodeKind> = new Set([
  'Person',
  'Organization',
  'Place',
  'Election',
  'Briefing',
  'Meeting',
  'Nomination',
  'Incident',
  'Publication',
  'Process',
]);

export function likelyDuplicates(nodes: Iterable<MergedNode>, resolutions: Resolutions, warnings: Problem[]): void {
  const judged = new Set([...resolutions.same, ...resolutions.different].map((j) => pairKey(j.kept, j.other)));
  const index = new Map<string, { node: MergedNode; label: string; key: string }[]>();
  const reported = new Set<string>();
  for (const node of nodes) {
    if (!IDENTIFYING.has(node.kind)) continue;
    // Names and global aliases are compared loosely; a document's own aliases ("Ms. Lee") only exactly,
    // as one letter apart they are as often two people as one typing slip.
    const local = new Set([...node.documentAliases.values()].flat().filter((l) => !node.globalLabels.includes(l)));
    const labels = new Set([...node.globalLabels, ...local].filter((l) => !DESCRIPTIVE.test(l)));
    for (const label of labels) {
      const key = labelKey(label);
      if (key === '') continue;
      for (const v of local.has(label) ? [key] : variants(key)) {
        const bucket = index.get(`${node.kind} ${v}`) ?? [];
        for (const seen of bucket) {
          const pair = pairKey(seen.node.id, node.id);
          if (seen.node.id === node.id || judged.has(pair) || reported.has(pair) || digits(seen.key) !== digits(key)) continue;
          reported.add(pair);
          const a = seen.node;
          warnings.push({
            ...node.definedAt,
            message:
              `"${node.id}" ("${label}") and "${a.id}" ("${seen.label}", ${a.definedAt.file}:${a.definedAt.line}) are both ` +
              `${node.kind} nodes with alike names: one thing or two? Say so in resolutions.yaml (same: [[${a.id}, ${node.id}]] or different: [[${a.id}, ${node.id}]])`,
          });
        }
        bucket.push({ node, label, key });
        index.set(`${node.kind} ${v}`, bucket);
      }
    }
  }
}
