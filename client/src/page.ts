// The elements of index.html the viewer fills in, found once at start-up (a missing one stops the
// viewer with the id it wanted).
import { byId } from './dom.ts';

export function findPage() {
  return {
    docTitle: byId('doc-title', HTMLElement),
    docMeta: byId('doc-meta', HTMLElement),
    search: byId('search-input', HTMLInputElement),
    searchResults: byId('search-results', HTMLUListElement),
    undo: byId('undo', HTMLButtonElement),
    fit: byId('fit', HTMLButtonElement),
    exportPng: byId('export-png', HTMLButtonElement),
    exportJson: byId('export-json', HTMLButtonElement),
    sidebar: byId('sidebar', HTMLElement),
    stage: byId('stage', HTMLElement),
    status: byId('status', HTMLElement),
    graphCanvas: byId('graph-canvas', HTMLElement),
    traceCanvas: byId('trace-canvas', HTMLElement),
    tableView: byId('table-view', HTMLElement),
    details: byId('details', HTMLElement),
  };
}

export type Page = ReturnType<typeof findPage>;
