// `npm run annotate` as a person runs it: a child process on the fictional test folder. It listens
// on 127.0.0.1 only, prints the URL with a fresh token, and takes a write with that token; any other
// HOST, or a wrong argument, stops it with exit code 2 and says why.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { type Scratch, scratchData, WHITLOCK } from '../../../test/annotate-data.ts';
import { freePort } from '../../../test/local-neo4j.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

interface Run {
  lines: string[];
  exit: Promise<number | null>;
  /** The first line matching, within timeoutMs */
  line(pattern: RegExp, timeoutMs: number): Promise<string>;
  stop(): void;
}

function run(args: string[], env: Record<string, string>): Run {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/annotate/cli.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, NEO4J_URI: '', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const waiting: { pattern: RegExp; resolve: (line: string) => void }[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => {
      lines.push(line);
      for (const w of waiting.filter((x) => x.pattern.test(line))) w.resolve(line);
    });
  }
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    lines,
    exit,
    line: (pattern, timeoutMs) =>
      new Promise((resolve, reject) => {
        const seen = lines.find((l) => pattern.test(l));
        if (seen !== undefined) return resolve(seen);
        waiting.push({ pattern, resolve });
        setTimeout(
          () => reject(new Error(`no line like ${pattern} within ${timeoutMs} ms; printed:\n${lines.join('\n')}`)),
          timeoutMs,
        ).unref();
      }),
    stop: () => child.kill('SIGTERM'),
  };
}

let scratch: Scratch | undefined;
afterEach(async () => {
  await scratch?.remove();
  scratch = undefined;
});

describe('npm run annotate', () => {
  it('refuses any HOST but 127.0.0.1 with exit code 2, before reading the data', async () => {
    const child = run(['--data', 'no-such-folder'], { HOST: '0.0.0.0' });
    expect({ code: await child.exit, lines: child.lines }).toEqual({
      code: 2,
      lines: ['HOST=0.0.0.0 is refused: annotate mode writes files, so it listens on 127.0.0.1 only. Unset HOST.'],
    });
  });

  it('refuses an unknown argument with exit code 2 and the usage', async () => {
    const child = run(['--dta', 'x'], {});
    expect({ code: await child.exit, last: child.lines.at(-1) }).toEqual({
      code: 2,
      last: 'usage: npm run annotate [-- --data DIR]   (DIR: a folder with documents/ and annotations/; default seed)',
    });
  });

  it('prints the URL with a new token on 127.0.0.1, and takes a write that carries it', async () => {
    scratch = await scratchData(false);
    const port = await freePort();
    const child = run(['--data', scratch.dir], { PORT: String(port) });
    try {
      const url = new URL(await child.line(/^http:\/\/127\.0\.0\.1:\d+\/\?token=/, 60_000));
      const token = url.searchParams.get('token') ?? '';
      const write = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, origin: url.origin },
        body: JSON.stringify({
          query: `mutation($n: NodeInput!) { addNode(document: "${WHITLOCK}", version: "none", node: $n) { item } }`,
          variables: { n: { kind: 'Person', name: 'Dana Whitlock', evidence: [{ paragraph: 1, quote: 'Dana Whitlock' }] } },
        }),
      });
      expect({ host: url.host, tokenLength: token.length, answer: await write.json() }).toEqual({
        host: `127.0.0.1:${port}`,
        tokenLength: 43,
        answer: { data: { addNode: { item: 'dana-whitlock' } } },
      });
    } finally {
      child.stop();
      await child.exit;
    }
  });
});
