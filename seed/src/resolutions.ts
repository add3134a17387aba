// DIR/resolutions.yaml (optional): a curator's judgements on pairs of ids. `same: [[a, b]]` merges
// b into a (a keeps its id, name and description, gains b's evidence and aliases, b's name becomes
// an alias, b is listed in a's mergedIds and every relation to or from b is rewritten to a);
// `different: [[a, b]]` says two alike names are two things, which silences the seed's warning
// about likely duplicates (./duplicates.ts).
import { z } from 'zod';
import { idSchema } from './annotations.ts';
import type { Problem } from './problems.ts';
import { readYamlFile } from './yaml-file.ts';

export const RESOLUTIONS_FILE = 'resolutions.yaml';

const pair = z.tuple([idSchema, idSchema], { error: 'each judgement is a pair of two ids: [kept-id, other-id]' });
const fileSchema = z.strictObject({ same: z.array(pair).default([]), different: z.array(pair).default([]) });

export interface Judgement {
  kept: string;
  other: string;
  file: string;
  line: number;
}

export interface Resolutions {
  same: Judgement[];
  different: Judgement[];
}

export const NO_RESOLUTIONS: Resolutions = { same: [], different: [] };

export function pairKey(a: string, b: string): string {
  return a < b ? `${a} ${b}` : `${b} ${a}`;
}

/**
 * Read and check resolutions.yaml: no pair of an id with itself, no pair judged both ways, and no id
 * merged into two others (which one would it become?). Chains (a ← b, b ← c) are followed: c ends in a.
 */
export function readResolutions(text: string, file: string): { resolutions: Resolutions; problems: Problem[] } {
  const read = readYamlFile(text, file, fileSchema, 'resolutions.yaml must be a mapping with lists `same:` and `different:`');
  if ('problems' in read) return { resolutions: NO_RESOLUTIONS, problems: read.problems };
  const problems: Problem[] = [];
  const judged = new Map<string, Judgement & { how: string }>();
  const mergedInto = new Map<string, Judgement>();
  const out: Resolutions = { same: [], different: [] };
  for (const how of ['same', 'different'] as const) {
    read.data[how].forEach(([kept, other], i) => {
      const j: Judgement = { kept, other, file, line: read.lineOf([how, i]) };
      if (kept === other) {
        problems.push({ file, line: j.line, message: `${how}: [${kept}, ${other}] pairs an id with itself` });
        return;
      }
      const key = pairKey(kept, other);
      const before = judged.get(key);
      if (before) {
        problems.push({
          file,
          line: j.line,
          message: `${how}: [${kept}, ${other}] is judged already at line ${before.line} (${before.how})${before.how === how ? '' : ': one pair, one judgement'}`,
        });
        return;
      }
      judged.set(key, { ...j, how });
      if (how === 'same') {
        const into = mergedInto.get(other);
        if (into) {
          problems.push({
            file,
            line: j.line,
            message: `same: "${other}" is merged into "${kept}" here and into "${into.kept}" at line ${into.line}: merge it into one`,
          });
          return;
        }
        mergedInto.set(other, j);
      }
      out[how].push(j);
    });
  }
  // A cycle (a ← b, b ← a through a chain) has no id to keep.
  for (const j of out.same) {
    const seen = new Set([j.other]);
    let at = j.kept;
    while (mergedInto.has(at)) {
      if (seen.has(at)) {
        problems.push({ file, line: j.line, message: `same: [${j.kept}, ${j.other}] closes a cycle of merges: one id must be kept` });
        break;
      }
      seen.add(at);
      at = mergedInto.get(at)?.kept ?? at;
    }
  }
  return { resolutions: problems.length ? NO_RESOLUTIONS : out, problems };
}

/** Where each merged id ends up, chains followed: b → a for same [a, b]. */
export function mergeTargets(resolutions: Resolutions): Map<string, string> {
  const direct = new Map(resolutions.same.map((j) => [j.other, j.kept]));
  const final = new Map<string, string>();
  for (const other of direct.keys()) {
    let at = direct.get(other) ?? other;
    for (let hops = 0; direct.has(at) && hops < direct.size; hops++) at = direct.get(at) ?? at;
    final.set(other, at);
  }
  return final;
}
