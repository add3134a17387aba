// The HTTP side of the benchmark: a fetch-style app (ours or the peer's yoga) behind node:http on
// 127.0.0.1, and one small keep-alive client that every scenario uses for both sides, so the
// client's own cost is the same whoever answers.
import { Agent, createServer, request, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Served {
  url: string;
  close(): Promise<void>;
}

export async function serve(handler: RequestListener): Promise<Served> {
  // noDelay is node:http's default; spelt out because a Nagle delay would dwarf every figure here.
  const server = createServer({ noDelay: true, keepAlive: true }, handler);
  // keep-alive sockets must outlive a closed-loop run's pauses
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export class GraphQLClient {
  private readonly agent: Agent;
  /** The URL taken apart once: http.request(url) would parse it again on every call. */
  private readonly target: { host: string; port: number; path: string };

  constructor(url: string, connections = 16) {
    this.agent = new Agent({ keepAlive: true, noDelay: true, maxSockets: connections });
    const parsed = new URL(url);
    this.target = { host: parsed.hostname, port: Number(parsed.port || 80), path: `${parsed.pathname}${parsed.search}` };
  }

  /** POSTs one query; rejects on a transport error, a non-200 status or a GraphQL error. Resolves to the body's size. */
  async query(query: string, variables: Record<string, unknown>): Promise<number> {
    return (await this.text(query, variables)).length;
  }

  /** As query(), resolving to the body itself (for comparing answers, not for timing). */
  text(query: string, variables: Record<string, unknown>): Promise<string> {
    const body = JSON.stringify({ query, variables });
    return new Promise((resolve, reject) => {
      const req = request(
        {
          ...this.target,
          method: 'POST',
          agent: this.agent,
          headers: {
            'content-type': 'application/json',
            accept: 'application/graphql-response+json, application/json',
            'content-length': Buffer.byteLength(body),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('error', reject);
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            // A fast error is not a fast answer: any error fails the measurement.
            if (res.statusCode !== 200 || text.includes('"errors"')) reject(new Error(`HTTP ${res.statusCode}: ${text.slice(0, 300)}`));
            else resolve(text);
          });
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

/**
 * Closed loop: `connections` workers each send the next request as soon as the last one answered,
 * for `durationMs`. Returns requests per second and latencies.
 */
export async function closedLoop(
  send: (i: number) => Promise<unknown>,
  options: { connections: number; durationMs: number },
): Promise<{ rps: number; count: number; latencies: number[] }> {
  const latencies: number[] = [];
  const started = performance.now();
  const deadline = started + options.durationMs;
  let next = 0;
  const worker = async () => {
    while (performance.now() < deadline) {
      const i = next++;
      const t = performance.now();
      await send(i);
      latencies.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: options.connections }, worker));
  const elapsed = performance.now() - started;
  return { rps: (latencies.length / elapsed) * 1000, count: latencies.length, latencies };
}
