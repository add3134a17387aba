// A closed-loop HTTP load generator on node:http with keep-alive: N connections, each sending the
// next request of a mix as soon as its last answer arrived, for a fixed time. Every answer is
// checked (200, JSON, data and no GraphQL error); a request the server shed (503 OVERLOADED with
// Retry-After) is counted apart, and the connection waits as told before its next one, as a
// client should; anything else counts as an error, with a sample.
import http from 'node:http';

export interface MixEntry {
  /** The use the request stands for, as reported in the table (attendance, trace, …) */
  name: string;
  body: { query: string; variables?: Record<string, unknown> };
}

/** The questions users ask most, each with a few argument values, as the viewer sends them. */
export const USED_BY_MIX: readonly MixEntry[] = [
  ...[2019, 2021, null].map((election) => ({
    name: 'attendance',
    body: {
      query: 'query($e: Int) { attendance(election: $e) { person { id name } event { id name } evidence { paragraph quote } } }',
      variables: { e: election },
    },
  })),
  ...['account-breach-2021', 'dvn-student-bussing', 'russian-interference-2016'].map((incident) => ({
    name: 'trace',
    body: {
      query:
        'query($i: ID!) { trace(incident: $i) { incident { id name } steps { order relation response { id name negative } actors { id } links { type node { id } } evidence { paragraph quote } } end { explicit afterStep description } } }',
      variables: { i: incident },
    },
  })),
  ...['azam-ishmael', null].map((by) => ({
    name: 'recommendations',
    body: {
      query: 'query($b: ID) { recommendations(by: $b) { id text by { id } addressedTo { id name } evidence { paragraph quote } } }',
      variables: { b: by },
    },
  })),
  ...[
    ['braeden-caley', 1],
    ['liberal-party', 2],
    ['site-task-force', 2],
  ].map(([id, depth]) => ({
    name: 'neighborhood',
    body: {
      query:
        'query($id: ID!, $d: Int) { neighborhood(id: $id, depth: $d) { nodes { id kind name } edges { id type source target } truncated } }',
      variables: { id, d: depth },
    },
  })),
  ...[
    ['azam-ishmael', 'social-media-platform'],
    ['mathieu-lafrance', 'cyber-centre'],
    ['braeden-caley', 'election-2021'],
  ].map(([from, to]) => ({
    name: 'path',
    body: {
      query: 'query($f: ID!, $t: ID!) { path(from: $f, to: $t) { nodes { id name } edges { id type } } }',
      variables: { f: from, t: to },
    },
  })),
  ...['site', 'party', 'caley', 'e'].map((text) => ({
    name: 'search',
    body: { query: 'query($t: String!) { search(text: $t, limit: 20) { id kind name aliases } }', variables: { t: text } },
  })),
];

/**
 * Past this a request counts as an error. Generous: 100 connections saturate two cores, so answers
 * queue; the point is that every one comes, and the table shows how long they took.
 */
export const DEFAULT_REQUEST_TIMEOUT_MS = 20_000;

export interface LoadOptions {
  base: string;
  connections: number;
  durationMs: number;
  /** A request slower than this is an error */
  requestTimeoutMs?: number;
  mix?: readonly MixEntry[];
  /** After a shed request, wait what Retry-After says before the next (default true); false: retry at once */
  honourRetryAfter?: boolean;
}

export interface Latencies {
  count: number;
  errors: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
}

export interface LoadResult extends Latencies {
  /** Requests the server refused as OVERLOADED (503 with Retry-After); not errors, not in the latencies */
  shed: number;
  seconds: number;
  perSecond: number;
  byName: Record<string, Latencies>;
  /** Up to ten error descriptions, for the report */
  errorSamples: string[];
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

function summarise(times: number[], errors: number, shed = 0): Latencies {
  const sorted = [...times].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    count: times.length + errors + shed,
    errors,
    p50: round(percentile(sorted, 50)),
    p90: round(percentile(sorted, 90)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted.at(-1) ?? 0),
  };
}

interface Answer {
  status: number;
  retryAfter: string | undefined;
  text: string;
}

/**
 * One POST. A keep-alive socket the server closed as idle just as the request went out fails with
 * ECONNRESET before any answer: sent again once on a fresh socket, as Node's documentation advises
 * (`request.reusedSocket`) and browsers do. Any other failure is the answer.
 */
function post(agent: http.Agent, url: URL, body: string, timeoutMs: number, retried = false): Promise<Answer> {
  return send(agent, url, body, timeoutMs).catch((error: unknown) => {
    if (!retried && error instanceof ReusedSocketReset) return post(agent, url, body, timeoutMs, true);
    throw error instanceof ReusedSocketReset ? error.cause : error;
  });
}

class ReusedSocketReset extends Error {}

function send(agent: http.Agent, url: URL, body: string, timeoutMs: number): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        timeout: timeoutMs,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            retryAfter: response.headers['retry-after'],
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        response.on('error', reject);
      },
    );
    request.on('timeout', () => request.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    request.on('error', (error: NodeJS.ErrnoException) =>
      reject(request.reusedSocket && error.code === 'ECONNRESET' ? new ReusedSocketReset('reset', { cause: error }) : error),
    );
    request.end(body);
  });
}

type Verdict = { ok: true } | { shed: number } | { problem: string };

function errorCodes(text: string): unknown[] | null {
  try {
    const body: unknown = JSON.parse(text);
    if (typeof body !== 'object' || body === null || !('errors' in body) || !Array.isArray(body.errors)) return null;
    return body.errors.map((e: unknown) =>
      typeof e === 'object' &&
      e !== null &&
      'extensions' in e &&
      typeof e.extensions === 'object' &&
      e.extensions !== null &&
      'code' in e.extensions
        ? e.extensions.code
        : undefined,
    );
  } catch {
    return null;
  }
}

/** A good answer, a request shed as it should be (503, Retry-After in whole seconds, only OVERLOADED errors), or what is wrong. */
function judge(answer: Answer): Verdict {
  if (answer.status === 503) {
    const codes = errorCodes(answer.text);
    const seconds = Number(answer.retryAfter);
    if (codes && codes.length > 0 && codes.every((c) => c === 'OVERLOADED') && Number.isInteger(seconds) && seconds > 0)
      return { shed: seconds };
    return { problem: `HTTP 503 (Retry-After: ${answer.retryAfter ?? 'none'}): ${answer.text.slice(0, 200)}` };
  }
  if (answer.status !== 200) return { problem: `HTTP ${answer.status}: ${answer.text.slice(0, 200)}` };
  try {
    const body = JSON.parse(answer.text) as { data?: unknown; errors?: unknown[] };
    if (body.errors?.length) return { problem: `GraphQL errors: ${JSON.stringify(body.errors).slice(0, 200)}` };
    if (body.data === null || body.data === undefined) return { problem: 'no data' };
    return { ok: true };
  } catch {
    return { problem: `not JSON: ${answer.text.slice(0, 200)}` };
  }
}

/** Runs the load and resolves when every connection has had its last answer (or its time ran out). */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const mix = options.mix ?? USED_BY_MIX;
  const timeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const url = new URL('/graphql', options.base);
  // A fresh agent per run: sockets a server closed while idle between runs are never reused.
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  const bodies = mix.map((entry) => JSON.stringify(entry.body));
  const times = new Map<string, number[]>(mix.map((entry) => [entry.name, []]));
  const errors = new Map<string, number>();
  const shed = new Map<string, number>();
  const honour = options.honourRetryAfter ?? true;
  const errorSamples: string[] = [];
  const started = performance.now();
  const deadline = started + options.durationMs;

  const connection = async (index: number) => {
    for (let i = index; performance.now() < deadline; i += options.connections) {
      const entry = mix[i % mix.length];
      const body = bodies[i % mix.length];
      if (!entry || body === undefined) continue;
      const sent = performance.now();
      const verdict = await post(agent, url, body, timeoutMs).then(
        judge,
        (error: unknown): Verdict => ({ problem: `network: ${String(error)}` }),
      );
      if ('ok' in verdict) {
        times.get(entry.name)?.push(performance.now() - sent);
      } else if ('shed' in verdict) {
        shed.set(entry.name, (shed.get(entry.name) ?? 0) + 1);
        // Not past the end of the run: a connection told to wait stops there.
        if (honour) await new Promise((done) => setTimeout(done, Math.min(verdict.shed * 1000, Math.max(0, deadline - performance.now()))));
      } else {
        errors.set(entry.name, (errors.get(entry.name) ?? 0) + 1);
        if (errorSamples.length < 10) errorSamples.push(`${entry.name}: ${verdict.problem}`);
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: options.connections }, (_, i) => connection(i)));
  } finally {
    agent.destroy();
  }
  const seconds = (performance.now() - started) / 1000;
  const all = [...times.values()].flat();
  const totalErrors = [...errors.values()].reduce((a, b) => a + b, 0);
  const totalShed = [...shed.values()].reduce((a, b) => a + b, 0);
  return {
    ...summarise(all, totalErrors, totalShed),
    shed: totalShed,
    seconds: Math.round(seconds * 10) / 10,
    perSecond: Math.round((all.length + totalErrors + totalShed) / seconds),
    byName: Object.fromEntries([...times].map(([name, list]) => [name, summarise(list, errors.get(name) ?? 0, shed.get(name) ?? 0)])),
    errorSamples,
  };
}
