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

function quietly(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, { encoding: 'utf8', timeout: 10_000, stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

export function environment(mode: 'full' | 'quick', neo4j: string, neo4jOrigin: string): Environment {
  return {
    date: new Date().toISOString(),
    mode,
    commit: quietly('git', ['rev-parse', '--short', 'HEAD']),
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

function fill(template: string, results: readonly ScenarioResult[]): string {
  const byId = new Map(results.map((r) => [r.id, r]));
  return template.replace(/\{\{([a-z-]+)\.([A-Za-z0-9@]+)\}\}/g, (_whole, id: string, key: string) => {
    const r = byId.get(id);
    const value = key === 'ratio' ? r?.ratio : r?.figures[key];
    return value === undefined || value === null ? `(${id}.${key} not measured in this run)` : String(value);
  });
}

/** One run, or which scenario was measured when (a run with --only keeps the others' last results). */
function runLine(env: Environment, results: readonly ScenarioResult[]): string[] {
  const runs = new Set(results.map((r) => `${r.measured?.commit ?? env.commit} ${r.measured?.date ?? env.date}`));
  if (runs.size <= 1)
    return [
      `Written by \`npm run bench\` (${env.mode} mode) on ${env.date}, at commit ${env.commit}; every figure below is from that one run.`,
    ];
  return [
    `Written by \`npm run bench\` (${env.mode} mode) on ${env.date}, at commit ${env.commit}, from runs on the same machine:`,
    '',
    ...results.map((r) => `- ${r.title}: measured ${r.measured?.date ?? env.date} at commit ${r.measured?.commit ?? env.commit}`),
    '',
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
