// npm run check -- [--data DIR] [--drafts]
// Checks a data folder (seed/ by default) exactly as the seed does and prints what it holds, for
// people adding documents. It writes nothing and opens no database; on bad data it exits 1 with
// every problem, each with file and line. --drafts checks the folder as `npm run seed -- --drafts`
// takes it, drafted items included.
import { resolve } from 'node:path';
import { readArgs } from './cli-args.ts';
import { SeedError } from './problems.ts';
import { checkData } from './summary.ts';

const USAGE = 'usage: npm run check -- [--data DIR] [--drafts]';

async function main(): Promise<number> {
  const parsed = readArgs(
    {
      options: {
        data: { type: 'string', default: 'seed' },
        drafts: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: false,
    },
    USAGE,
  );
  if (typeof parsed === 'number') return parsed;
  const args = parsed.values;
  const dataDir = resolve(args.data);
  console.log(`Reading ${dataDir}`);
  for (const line of (await checkData(dataDir, { drafts: args.drafts })).lines) console.log(line);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof SeedError ? error.message : `check failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
