// Text matching shared by both stores, so "best matches first" means the same thing on each.

import { normaliseText } from '../../../graph/src/normalise.ts';

/** How well a name matches a query, best first; both already normalised. */
export const MatchRank = { EXACT: 0, PREFIX: 1, WORD_PREFIX: 2, SUBSTRING: 3 } as const;
export type MatchRank = (typeof MatchRank)[keyof typeof MatchRank];

function rankOne(candidate: string, query: string): MatchRank | null {
  if (candidate === query) return MatchRank.EXACT;
  if (candidate.startsWith(query)) return MatchRank.PREFIX;
  let at = candidate.indexOf(query);
  if (at < 0) return null;
  // A later occurrence may start a word even when the first one does not ("caleys caley").
  while (at >= 0) {
    const before = candidate.charAt(at - 1);
    if (!/[\p{L}\p{N}]/u.test(before)) return MatchRank.WORD_PREFIX;
    at = candidate.indexOf(query, at + 1);
  }
  return MatchRank.SUBSTRING;
}

/** The best rank of a query over a node's name and aliases, or null when none contains it. */
export function matchRank(query: string, names: readonly string[]): MatchRank | null {
  const q = normaliseText(query);
  let best: MatchRank | null = null;
  for (const name of names) {
    const rank = rankOne(normaliseText(name), q);
    if (rank !== null && (best === null || rank < best)) best = rank;
  }
  return best;
}
