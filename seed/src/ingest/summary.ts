// The table `npm run ingest` prints at the end.
import type { Ingested } from './ingest.ts';

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return new Map([...counts].sort(([a], [b]) => a.localeCompare(b)));
}

/** Rows of cells as an aligned text table; columns after the first are right-aligned numbers. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths = rows.reduce<number[]>((w, row) => row.map((cell, i) => Math.max(w[i] ?? 0, cell.length)), []);
  return rows
    .map((row) =>
      row
        .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** The summary printed at the end: one row per document, then the drafted items by kind and by relation type. */
export function summary(items: readonly Ingested[]): string {
  const rows = [['document', 'paragraphs', 'new nodes', 'new edges', 'kept', 'ms']];
  for (const i of items) {
    rows.push([
      i.name,
      String(i.paragraphs),
      String(i.added.nodes.length),
      String(i.added.edges.length),
      String(i.kept),
      String(Math.round(i.ms)),
    ]);
  }
  const kinds = countBy(
    items.flatMap((i) => i.added.nodes),
    (n) => n.kind,
  );
  const types = countBy(
    items.flatMap((i) => i.added.edges),
    (e) => e.type,
  );
  const byKind = [['drafted nodes', 'count'], ...[...kinds].map(([k, n]) => [k, String(n)])];
  const byType = [['drafted edges', 'count'], ...[...types].map(([k, n]) => [k, String(n)])];
  return [table(rows), table(byKind), table(byType)].join('\n\n');
}
