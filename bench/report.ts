// The report: a table on stdout, every figure in bench/results/latest.json, and bench/RESULTS.md
// (full runs) with the machine, the versions and bench/FINDINGS.md, whose {{scenario.figure}}
// placeholders are filled from this run so no figure in it is typed by hand.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { markedSections } from './results-section.ts';
import { cpus, totalmem } from 'node:os';
import type { ScenarioResult } from './types.ts';

const BENCH = new URL('./', import.meta.url);
const PACKAGES = ['neo4j-driver', 'graphql', 'graphql-yoga', '@neo4j/graphql', 'cytoscape', 'cytoscape-fcose', 'playwright-core', 'vite'];

export interface Environment {
  date: string;
  mode: 'full' | 'quick';
  commit: string;
  /** Paths with uncommitted changes when the run started, outside the report's own files; absent in results written before it was recorded */
  uncommitted?: string[];
  /** Set when the commit or the uncommitted paths were not the same at the end of the run as at its start */
  treeChangedDuringRun?: string;
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  neo4j: string;
  neo4jOrigin: string;
  chromium: string;
  packages: Record<string, string>;
}

function packageVersion(name: string): string {
  const file = new URL(`../node_modules/${name}/package.json`, import.meta.url);
  if (!existsSync(file)) return 'not installed';
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  return typeof parsed === 'object' && parsed !== null && 'version' in parsed ? String(parsed.version) : 'unknown';
}

function quietly(command: string, args: string[], trim = true): string {
  try {
    const out = execFileSync(command, args, { encoding: 'utf8', timeout: 10_000, stdio: ['ignore', 'pipe', 'ignore'] });
    return trim ? out.trim() : out;
  } catch {
    return 'unknown';
  }
}

/** The files the benchmark writes itself: changes to them do not make a run's code differ from its commit. */
const OWN_OUTPUT = (path: string) => path.startsWith('bench/results/') || path === 'bench/RESULTS.md';

export interface TreeState {
  commit: string;
  /** Paths `git status --porcelain` lists (the new name of a rename), the report's own files left out */
  uncommitted: string[];
}

/** The commit checked out and what differs from it: what a run measures is that commit plus these. */
export function treeState(): TreeState {
  const commit = quietly('git', ['rev-parse', '--short', 'HEAD']);
  // Untrimmed: a porcelain line starts with its two status columns, the first often a space.
  const status = quietly('git', ['status', '--porcelain', '--untracked-files=all'], false);
  const uncommitted =
    status === 'unknown'
      ? ['(git status failed: unknown)']
      : status
          .split('\n')
          .filter((line) => line.length > 3)
          .map((line) => line.slice(3).split(' -> ').at(-1) ?? '')
          .filter((path) => path !== '' && !OWN_OUTPUT(path));
  return { commit, uncommitted };
}

/** Where the tree was at the end not where it was at the start, a sentence saying so; else undefined. */
export function treeChange(start: TreeState, end: TreeState): string | undefined {
  if (start.commit !== end.commit) return `HEAD moved from ${start.commit} to ${end.commit} during the run`;
  const before = new Set(start.uncommitted);
  const after = new Set(end.uncommitted);
  const changed = [...start.uncommitted.filter((p) => !after.has(p)), ...end.uncommitted.filter((p) => !before.has(p))];
  return changed.length > 0 ? `the uncommitted paths changed during the run (${changed.join(', ')})` : undefined;
}

/** "at commit X", or "at commit X plus uncommitted changes in …" */
export function atCommit(commit: string, uncommitted: readonly string[] | undefined): string {
  if (uncommitted === undefined) return `at commit ${commit}`;
  if (uncommitted.length === 0) return `at commit ${commit}`;
  const shown = uncommitted.slice(0, 12).join(', ');
  const more = uncommitted.length > 12 ? ` and ${uncommitted.length - 12} more` : '';
  return `at commit ${commit} plus uncommitted changes in ${shown}${more}`;
}

export function environment(mode: 'full' | 'quick', neo4j: string, neo4jOrigin: string, start: TreeState): Environment {
  const change = treeChange(start, treeState());
  return {
    date: new Date().toISOString(),
    mode,
    commit: start.commit,
    uncommitted: start.uncommitted,
    ...(change ? { treeChangedDuringRun: change } : {}),
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    neo4j,
    neo4jOrigin,
    chromium: quietly('/usr/bin/chromium', ['--version']),
    packages: Object.fromEntries(PACKAGES.map((p) => [p, packageVersion(p)])),
  };
}

const verdict = (r: ScenarioResult) => (r.pass === null ? 'info' : r.pass ? 'PASS' : 'FAIL');

export function printTable(results: readonly ScenarioResult[]): string {
  const rows = results.map((r) => [r.title, r.ratio === null ? '—' : `${r.ratio}×`, r.goal, verdict(r)]);
  const header = ['Scenario', 'Ratio', 'Goal', 'Result'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** {{scenario.figure}} in FINDINGS.md: a scenario id and a figure's name (or `ratio`) */
export const PLACEHOLDER = /\{\{([a-z-]+)\.([A-Za-z0-9@]+)\}\}/g;

export function fill(template: string, results: readonly ScenarioResult[]): string {
  const byId = new Map(results.map((r) => [r.id, r]));
  return template.replace(PLACEHOLDER, (_whole, id: string, key: string) => {
    const r = byId.get(id);
    const value = key === 'ratio' ? r?.ratio : r?.figures[key];
    return value === undefined || value === null ? `(${id}.${key} not measured in this run)` : String(value);
  });
}

/** One run, or which scenario was measured when (a run with --only keeps the others' last results). */
function runLine(env: Environment, results: readonly ScenarioResult[]): string[] {
  const where = (r: ScenarioResult) =>
    r.measured ? atCommit(r.measured.commit, r.measured.uncommitted) : atCommit(env.commit, env.uncommitted);
  const changed = env.treeChangedDuringRun ? [`Note: ${env.treeChangedDuringRun}.`, ''] : [];
  const runs = new Set(results.map((r) => `${where(r)} ${r.measured?.date ?? env.date}`));
  if (runs.size <= 1)
    return [
      `Written by \`npm run bench\` (${env.mode} mode) on ${env.date}, ${atCommit(env.commit, env.uncommitted)}; every figure below is from that one run.`,
      ...(changed.length > 0 ? ['', ...changed] : []),
    ];
  return [
    `Written by \`npm run bench\` (${env.mode} mode) on ${env.date}, ${atCommit(env.commit, env.uncommitted)}, from runs on the same machine:`,
    '',
    ...results.map((r) => `- ${r.title}: measured ${r.measured?.date ?? env.date} ${where(r)}`),
    '',
    ...changed,
  ];
}

function markdown(env: Environment, results: readonly ScenarioResult[]): string {
  const out: string[] = [
    '# Benchmark results',
    '',
    ...runLine(env, results),
    'Ratios compare two things measured in the same run, and times are medians of repeated runs (see bench/README.md for how).',
    '',
    '## Machine',
    '',
    `- CPU: ${env.cpu}, ${env.cores} cores; memory ${env.memoryGiB} GiB (shared and noisy: read the ratios, not the absolute times)`,
    `- Node ${env.node}; Neo4j ${env.neo4j} (${env.neo4jOrigin}); ${env.chromium}`,
    `- Packages: ${Object.entries(env.packages)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
    '',
    '## Summary',
    '',
    '| Scenario | Ratio | What the ratio is | Goal | Result |',
    '|---|---|---|---|---|',
    ...results.map((r) => `| ${r.title} | ${r.ratio === null ? '—' : `${r.ratio}×`} | ${r.ratioLabel} | ${r.goal} | ${verdict(r)} |`),
    '',
  ];
  for (const r of results) {
    out.push(
      `## ${r.title}`,
      '',
      `Goal: ${r.goal}. Result: **${verdict(r)}** (${r.ratio === null ? 'no ratio' : `${r.ratio}×`}: ${r.ratioLabel}).`,
      '',
    );
    for (const note of r.notes) out.push(`- ${note}`);
    out.push(
      '',
      '| Figure | Value |',
      '|---|---|',
      ...Object.entries(r.figures).map(([k, v]) => `| ${k} | ${String(v).replace(/\|/g, '\\|')} |`),
      '',
    );
  }
  const findings = new URL('./FINDINGS.md', BENCH);
  if (existsSync(findings)) out.push(fill(readFileSync(findings, 'utf8'), results));
  return `${out.join('\n').trimEnd()}\n`;
}

/** The last results of each mode, merged across --only runs: what the next --only run keeps. */
export function modeResultsFile(mode: Environment['mode']): URL {
  return new URL(`./results/${mode}.json`, BENCH);
}

export function writeReports(env: Environment, results: readonly ScenarioResult[]): string[] {
  const dir = new URL('./results/', BENCH);
  mkdirSync(dir, { recursive: true });
  const json = new URL('./latest.json', dir);
  const content = `${JSON.stringify({ environment: env, results }, null, 2)}\n`;
  writeFileSync(json, content);
  writeFileSync(modeResultsFile(env.mode), content);
  // Only a full run replaces the committed report; a quick one goes next to latest.json.
  const md = env.mode === 'full' ? new URL('./RESULTS.md', BENCH) : new URL('./RESULTS-quick.md', dir);
  // Sections other scripts write (the drafter's evaluation, PDF extraction) stay as they were.
  const kept = existsSync(md) ? markedSections(readFileSync(md, 'utf8')) : [];
  writeFileSync(md, [markdown(env, results), ...kept].join('\n').replace(/\n*$/, '\n'));
  return [json.pathname, md.pathname];
}
