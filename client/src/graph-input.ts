// What the reader does on the graph canvas, turned into actions: a tap selects a node or a relation
// (or, on the background, nothing), a double-tap brings in a node's neighbours, and with the canvas
// focused the keyboard pans (arrows), zooms (+ and −) and fits (0). Nothing here changes the state.
import type cytoscape from 'cytoscape';
import type { Action } from './state.ts';

export interface GraphInputDeps {
  dispatch(action: Action): void;
  /** The name for the Undo button's label ("Undo expand Azam Ishmael") */
  nodeName(id: string): string;
  fit(): void;
}

/** How far one arrow key press pans, in screen pixels. */
const PAN_STEP = 60;
/** How much one + or − zooms. */
const ZOOM_STEP = 1.25;

export function bindGraphInput(cy: cytoscape.Core, container: HTMLElement, deps: GraphInputDeps): void {
  const { dispatch } = deps;
  cy.on('tap', 'node', (e) => dispatch({ type: 'select', selection: { type: 'node', id: e.target.id() } }));
  cy.on('tap', 'edge', (e) => dispatch({ type: 'select', selection: { type: 'edge', id: e.target.id() } }));
  cy.on('tap', (e) => {
    if (e.target === cy) dispatch({ type: 'select', selection: null });
  });
  container.addEventListener('keydown', (event) => onKey(cy, event, deps));
  cy.on('dbltap', 'node', (e) => {
    const id = e.target.id();
    dispatch({ type: 'expand', id, label: deps.nodeName(id) });
  });
}

/** The canvas has keyboard focus: arrows pan, + and − zoom, 0 fits. (Everything else is in the panels.) */
function onKey(cy: cytoscape.Core, event: KeyboardEvent, deps: GraphInputDeps): void {
  const pans: Record<string, { x: number; y: number }> = {
    ArrowLeft: { x: PAN_STEP, y: 0 },
    ArrowRight: { x: -PAN_STEP, y: 0 },
    ArrowUp: { x: 0, y: PAN_STEP },
    ArrowDown: { x: 0, y: -PAN_STEP },
  };
  const pan = pans[event.key];
  const centre = { x: cy.width() / 2, y: cy.height() / 2 };
  if (pan) cy.panBy(pan);
  else if (event.key === '+' || event.key === '=') cy.zoom({ level: cy.zoom() * ZOOM_STEP, renderedPosition: centre });
  else if (event.key === '-' || event.key === '_') cy.zoom({ level: cy.zoom() / ZOOM_STEP, renderedPosition: centre });
  else if (event.key === '0') deps.fit();
  else return;
  event.preventDefault();
}
