// Exports of what is on screen: a PNG of the canvas (for a report or a slide) and the shown
// subgraph as JSON, in the API's own shape with its evidence (for a notebook or another tool).
// Files are offered through blob URLs: nothing is sent anywhere.
import type cytoscape from 'cytoscape';
import type { GraphEdge, GraphNode } from './api.ts';
import { csvBlob } from './csv.ts';
import { encodeState } from './url.ts';
import type { ViewState } from './state.ts';

export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL; release it once the click has been handled.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function exportPng(cy: cytoscape.Core, name: string): void {
  const blob = cy.png({
    output: 'blob', // a Blob, not a data: URL, so large views do not hit URL length limits
    full: true, // the whole view, not only the part scrolled into the window
    scale: 2, // sharp on high-density screens and in print
    bg: '#ffffff', // transparent PNGs turn unreadable on dark slides
    maxWidth: 8000, // keeps very large graphs within what image viewers open
    maxHeight: 8000,
  });
  download(blob, `${name}.png`);
}

export interface JsonExport {
  exportedFrom: string;
  view: string;
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** The shown subgraph with where it came from, so a saved file can lead back to the same view. */
export function subgraphJson(nodes: GraphNode[], edges: GraphEdge[], state: ViewState, location: string): JsonExport {
  return { exportedFrom: location, view: encodeState(state), nodes, edges };
}

export function exportJson(data: JsonExport, name: string): void {
  download(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }), `${name}.json`);
}

/** A table the view shows, as the CSV file `csv.ts` writes (Table, Who attended, a trace). */
export function exportCsv(csv: string, name: string): void {
  download(csvBlob(csv), `${name}.csv`);
}
