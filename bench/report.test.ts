import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { atCommit, fill, PLACEHOLDER, treeChange } from './report.ts';
import type { ScenarioResult } from './types.ts';

const result = (figures: ScenarioResult['figures']): ScenarioResult => ({
  id: 'bulk-load',
  title: 'Bulk load',
  goal: 'g',
  ratio: 21.5,
  ratioLabel: 'r',
  pass: true,
  figures,
  notes: [],
});

describe('the report', () => {
  it('says a run on a clean tree was measured at its commit, and names what was not committed otherwise', () => {
    expect(atCommit('abc1234', [])).toBe('at commit abc1234');
    expect(atCommit('abc1234', ['server/src/app.ts', 'bench/new.ts'])).toBe(
      'at commit abc1234 plus uncommitted changes in server/src/app.ts, bench/new.ts',
    );
  });

  it('tells when the tree moved under a run', () => {
    expect(treeChange({ commit: 'a', uncommitted: ['x'] }, { commit: 'a', uncommitted: ['x'] })).toBeUndefined();
    expect(treeChange({ commit: 'a', uncommitted: [] }, { commit: 'b', uncommitted: [] })).toBe('HEAD moved from a to b during the run');
    expect(treeChange({ commit: 'a', uncommitted: ['x'] }, { commit: 'a', uncommitted: ['y'] })).toBe(
      'the uncommitted paths changed during the run (x, y)',
    );
  });

  it('fills figures, ratios and figures named per size, and marks what the run did not measure', () => {
    expect(fill('{{bulk-load.ratio}}× {{bulk-load.sharedRatio@20}}× {{bulk-load.nothing}}', [result({ 'sharedRatio@20': 9.5 })])).toBe(
      '21.5× 9.5× (bulk-load.nothing not measured in this run)',
    );
  });

  it('finds every {{…}} of FINDINGS.md a placeholder it can fill (a misspelt one would reach RESULTS.md as written)', () => {
    const findings = readFileSync(new URL('./FINDINGS.md', import.meta.url), 'utf8');
    const braces = findings.match(/\{\{[^}]*\}\}/g) ?? [];
    expect(braces.filter((b) => !new RegExp(`^${PLACEHOLDER.source}$`).test(b))).toEqual([]);
  });
});
