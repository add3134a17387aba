// Every check in the seed reports Problems instead of throwing at the first one,
// so an annotator sees everything that is wrong in one run.

export interface Problem {
  /** Path of the file the problem is in, relative to the data folder where possible */
  file: string;
  /** 1-based line, when the problem has a place in the file */
  line?: number;
  message: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}${p.line !== undefined ? `:${p.line}` : ''}: ${p.message}`;
}

export class SeedError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    const lines = problems.map(formatProblem);
    super(`${problems.length} problem${problems.length === 1 ? '' : 's'} in the seed data:\n${lines.join('\n')}`);
    this.name = 'SeedError';
    this.problems = problems;
  }
}
