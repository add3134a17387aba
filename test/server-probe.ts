// The real server (server/src/index.ts, as `npm start` runs it) with a memory probe for the load
// test: asked "memory" over the IPC channel, it collects garbage and reports process.memoryUsage().
// Needs --expose-gc. The channel is unref'd so it never keeps a stopping server alive.
const collect = (globalThis as { gc?: () => void }).gc;
if (!collect || !process.send) throw new Error('server-probe.ts runs under --expose-gc, as a child with an IPC channel');
const gc: () => void = collect;
process.channel?.unref();
process.on('message', (message) => {
  if (message !== 'memory') return;
  // Twice: the first pass may only run finalizers that free more on the second.
  gc();
  gc();
  const { rss, heapUsed, external } = process.memoryUsage();
  process.send?.({ rss, heapUsed, external });
});

await import('../server/src/index.ts');

export {};
