// resolutions.yaml's `same` judgements applied to the merged nodes: the other id's node folds into
// the kept one (evidence, aliases, its name as an alias, mergedIds), and the returned map rewrites
// every relation's ends. A judgement on an id no document cites is a warning, not an error: removing
// a document must not break the seed because a judgement named one of its entities.
import type { MergedNode } from './merge-nodes.ts';
import type { Problem } from './problems.ts';
import { mergeTargets, type Resolutions } from './resolutions.ts';

export function applyResolutions(
  merged: Map<string, MergedNode>,
  resolutions: Resolutions,
  problems: Problem[],
  warnings: Problem[],
): Map<string, string> {
  const targets = mergeTargets(resolutions);
  const rewrite = new Map<string, string>();
  for (const j of resolutions.same) {
    const place = { file: j.file, line: j.line };
    const final = targets.get(j.other) ?? j.kept;
    const kept = merged.get(final);
    const other = merged.get(j.other);
    const missing = [final, j.other].filter((id) => !merged.has(id) && !rewrite.has(id));
    if (missing.length > 0) {
      warnings.push({
        ...place,
        message: `same: [${j.kept}, ${j.other}]: no document cites ${missing.map((id) => `"${id}"`).join(' or ')}; nothing merged`,
      });
      continue;
    }
    if (!kept || !other) continue;
    if (kept.kind !== other.kind) {
      problems.push({
        ...place,
        message: `same: [${j.kept}, ${j.other}] joins ${kept.kind} "${kept.id}" (${kept.definedAt.file}:${kept.definedAt.line}) and ${other.kind} "${other.id}" (${other.definedAt.file}:${other.definedAt.line}): only one kind of thing can be the same thing`,
      });
      continue;
    }
    if ((kept.negative === true) !== (other.negative === true)) {
      problems.push({ ...place, message: `same: [${j.kept}, ${j.other}] joins a negative fact and a positive one` });
      continue;
    }
    kept.evidence.push(...other.evidence);
    kept.cited += other.cited;
    kept.reviewed ||= other.reviewed;
    for (const label of other.globalLabels) if (!kept.globalLabels.includes(label)) kept.globalLabels.push(label);
    for (const [document, aliases] of other.documentAliases) {
      const list = kept.documentAliases.get(document) ?? [];
      for (const a of aliases) if (!list.includes(a) && a !== kept.name) list.push(a);
      kept.documentAliases.set(document, list);
      const at = other.aliasesAt.get(document);
      if (at && !kept.aliasesAt.has(document)) kept.aliasesAt.set(document, at);
    }
    kept.mergedIds = [...new Set([...(kept.mergedIds ?? []), other.id, ...(other.mergedIds ?? [])])];
    if (other.properties) kept.properties = { ...other.properties, ...kept.properties };
    if (!kept.description && other.description) kept.description = other.description;
    if (!kept.date && other.date) kept.date = other.date;
    merged.delete(other.id);
    rewrite.set(other.id, kept.id);
    // Ids merged into `other` earlier now end in `kept` too.
    for (const [from, to] of rewrite) if (to === other.id) rewrite.set(from, kept.id);
  }
  return rewrite;
}
