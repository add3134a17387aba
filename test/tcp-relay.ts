// TCP stand-ins for a Neo4j that misbehaves, on 127.0.0.1: one that accepts connections and never
// says a word, and a relay to a real Neo4j that can be frozen (connections stay open, nothing gets
// through in either direction) and thawed.
import { connect, createServer, type AddressInfo, type Server, type Socket } from 'node:net';

export interface Endpoint {
  port: number;
  close(): Promise<void>;
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

function closer(server: Server, sockets: Set<Socket>): () => Promise<void> {
  return async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((done) => server.close(() => done()));
  };
}

/** Accepts every connection and never answers: a Neo4j hung in a GC pause, or a wrong port behind a firewall. */
export async function silentServer(): Promise<Endpoint> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => {});
    socket.on('close', () => sockets.delete(socket));
  });
  return { port: await listen(server), close: closer(server, sockets) };
}

export interface Relay extends Endpoint {
  /** From now on nothing passes either way, on old connections or new ones: bytes wait, as they would for a hung server. */
  freeze(): void;
  /** Everything that waited goes through, and traffic flows again. */
  thaw(): void;
}

/** A relay to host:port that passes bytes until frozen. */
export async function freezableRelay(host: string, port: number): Promise<Relay> {
  const sockets = new Set<Socket>();
  let frozen = false;
  const server = createServer((client) => {
    const upstream = connect(port, host);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
      // A paused socket reads nothing: its bytes stay in the kernel, and its peer's writes back up.
      if (frozen) socket.pause();
    }
    client.on('data', (chunk) => upstream.write(chunk));
    upstream.on('data', (chunk) => client.write(chunk));
  });
  return {
    port: await listen(server),
    close: closer(server, sockets),
    freeze: () => {
      frozen = true;
      for (const socket of sockets) socket.pause();
    },
    thaw: () => {
      frozen = false;
      for (const socket of sockets) socket.resume();
    },
  };
}
