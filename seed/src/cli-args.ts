// The seed's commands (seed, check, ingest) read their arguments alike: a wrong one is exit code 2
// with the usage, --help prints the usage and exits 0.
import { type ParseArgsConfig, parseArgs } from 'node:util';

/** The parsed arguments, or the exit code when there is nothing to run (2: a wrong argument; 0: --help). */
export function readArgs<T extends ParseArgsConfig>(config: T, usage: string): ReturnType<typeof parseArgs<T>> | number {
  let parsed: ReturnType<typeof parseArgs<T>>;
  try {
    parsed = parseArgs(config);
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    return 2;
  }
  const values: Record<string, unknown> = parsed.values;
  if (values['help'] === true) {
    console.log(usage);
    return 0;
  }
  return parsed;
}
