// One small non-cryptographic hash for the places that need a stable number from an id: the
// incremental load's buckets (seed/src/neo4j-load-incremental.ts), the overview layout's slots and
// starting points (overview-layout.ts) and the viewer's placement of a node beside a neighbour
// (client/src/graph-view.ts). Changing it moves every bucket: a database loaded before would be
// rewritten whole on its next incremental load.

/** FNV-1a over the text's UTF-16 code units, as an unsigned 32-bit number. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** fnv1a, then murmur3's finaliser, so that ids differing in one character land far apart. */
export function mixedHash(text: string): number {
  let h = fnv1a(text);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
