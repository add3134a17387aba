// Exports of what is on screen: a PNG of the canvas (for a report or a slide), the shown subgraph
// as JSON, in the API's own shape with its evidence (for a notebook or another tool), or the view's
// own data where it has some (Who attended, a trace), and tables as CSV.
// Files are offered through blob URLs: nothing is sent anywhere.
import type cytoscape from 'cytoscape';
import type { GraphEdge, GraphNode } from './api.ts';
import { csvBlob } from './csv.ts';
import { type Caption, captionedPng } from './png-export.ts';
import { encodeState } from './url.ts';
import type { Mode, ViewState } from './state.ts';

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

/** The canvas as a PNG with a caption (document, view, date, link) and its legend (png-export.ts). */
export async function exportPng(cy: cytoscape.Core, name: string, caption: Caption): Promise<void> {
  download(await captionedPng(cy, caption), `${name}.png`);
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

/** Any view's data as a JSON file; every export says where it came from, so it can lead back to the view. */
export function exportJson(data: { exportedFrom: string; view: string }, name: string): void {
  download(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }), `${name}.json`);
}

/** What a view gives the header's JSON button instead of the graph: its own data, or null when it has none loaded. */
export type ViewJson = (state: ViewState) => { exportedFrom: string; view: string } | null;

const viewJsons = new Map<Mode, ViewJson>();

/**
 * A view whose data is not the graph (Who attended, a trace) says so here, once, when it is built:
 * exporting from it then gives that view's data, and the header's button needs to know no view.
 */
export function exportsOwnJson(mode: Mode, data: ViewJson): void {
  viewJsons.set(mode, data);
}

/** The data of the view shown, when it has its own; null: export the shown subgraph. */
export function ownJson(state: ViewState): { exportedFrom: string; view: string } | null {
  return viewJsons.get(state.mode)?.(state) ?? null;
}

/** A table the view shows, as the CSV file `csv.ts` writes (Table, Who attended, a trace). */
export function exportCsv(csv: string, name: string): void {
  download(csvBlob(csv), `${name}.csv`);
}
