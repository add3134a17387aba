// How long the seed's overview layout takes against loadGraph at bench corpus sizes (issue 16
// item 1): npx tsx scripts/measure-overview-layout.ts [documents…] (default 100 1000). loadGraph
// already includes one layout; the layout is then timed again on its own over the same graph.
import { performance } from 'node:perf_hooks';
import { corpusInTempDir } from '../bench/corpus.ts';
import { overviewLayout } from '../graph/src/overview-layout.ts';
import { loadGraph } from '../seed/index.ts';

const sizes = process.argv.slice(2).map(Number);
for (const documents of sizes.length > 0 ? sizes : [100, 1000]) {
  if (!Number.isInteger(documents) || documents < 1) throw new Error(`documents must be a whole number above 0; got ${documents}`);
  const corpus = await corpusInTempDir({ documents });
  try {
    let start = performance.now();
    const graph = await loadGraph(corpus.dir);
    const load = performance.now() - start;
    start = performance.now();
    const positions = overviewLayout(graph);
    const layout = performance.now() - start;
    console.log(
      `${documents} documents: ${graph.nodes.length} nodes, ${graph.edges.length} relations; ` +
        `loadGraph ${load.toFixed(0)} ms (layout included), overviewLayout alone ${layout.toFixed(0)} ms ` +
        `(${((100 * layout) / load).toFixed(1)}% of loadGraph), ${positions.size} positions`,
    );
  } finally {
    await corpus.remove();
  }
}
