// `npm audit --omit=dev` for CI: fails on a high or critical advisory in a production dependency.
// When the registry's advisory service cannot be asked (some mirrors answer its POST with 405),
// it says so loudly and passes: that is a gap in the check, not a finding, and it must not block
// every build on such a machine.
import { spawnSync } from 'node:child_process';
import { z } from 'zod';

const Report = z.object({
  metadata: z.object({
    vulnerabilities: z.object({ info: z.number(), low: z.number(), moderate: z.number(), high: z.number(), critical: z.number() }),
  }),
  vulnerabilities: z.record(z.string(), z.object({ severity: z.string(), via: z.array(z.unknown()) }).loose()).default({}),
});
const Unreachable = z.object({ statusCode: z.number().optional(), message: z.string() }).loose();

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', timeout: 120_000 });
let json: unknown;
try {
  json = JSON.parse(run.stdout);
} catch {
  console.error(`npm audit printed no report:\n${run.stdout}\n${run.stderr}`);
  process.exit(1);
}

const report = Report.safeParse(json);
if (report.success) {
  const counts = report.data.metadata.vulnerabilities;
  console.log(`npm audit --omit=dev: ${counts.critical} critical, ${counts.high} high, ${counts.moderate} moderate, ${counts.low} low`);
  const serious = Object.entries(report.data.vulnerabilities).filter(([, v]) => v.severity === 'high' || v.severity === 'critical');
  for (const [name, v] of serious) console.error(`  ${v.severity}: ${name}`);
  process.exit(serious.length > 0 ? 1 : 0);
}
const unreachable = Unreachable.safeParse(json);
if (unreachable.success) {
  console.warn(
    `WARNING: npm audit could not reach the advisory service (${unreachable.data.message}); production dependencies were NOT audited in this run.`,
  );
  process.exit(0);
}
console.error(`npm audit: an answer this script does not understand:\n${run.stdout.slice(0, 2000)}`);
process.exit(1);
