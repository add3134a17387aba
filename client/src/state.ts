// The view state: everything a link must carry to show someone else the same view (mode,
// selection, filters, expanded nodes, the chosen incident or path ends), changed only through
// `dispatch`, a pure reducer with an undo stack. Rendering reads the state; nothing else writes it.

export const MODES = ['graph', 'briefings', 'compare', 'timeline', 'trace', 'path', 'table', 'read'] as const;
export type Mode = (typeof MODES)[number];

export function isMode(value: string): value is Mode {
  return (MODES as readonly string[]).includes(value);
}

export type Selection = { type: 'node' | 'edge'; id: string } | null;

export interface ViewState {
  mode: Mode;
  selection: Selection;
  /** Kinds the reader chose to hide; sorted, no repeats. Empty: every kind is shown. */
  hiddenKinds: string[];
  /** Only what belongs to this election year; null: every year. */
  election: number | null;
  /** Nodes whose neighbours were added to the view, in the order they were expanded; no repeats. */
  expanded: string[];
  /** The incident traced in trace mode */
  incident: string | null;
  /** The two ends of the path in path mode */
  pathFrom: string | null;
  pathTo: string | null;
  /** Where the reader is (read mode): the document, the paragraph, and the words of a text search to mark */
  readDocument: string | null;
  readParagraph: number | null;
  readWords: string | null;
  /** Only one document's contribution, in every view (the header's picker); null: the whole corpus */
  document: string | null;
  /** The entity or event whose claims the Compare view sets side by side */
  compareAbout: string | null;
}

export const INITIAL_STATE: ViewState = {
  mode: 'graph',
  selection: null,
  hiddenKinds: [],
  election: null,
  expanded: [],
  incident: null,
  pathFrom: null,
  pathTo: null,
  readDocument: null,
  readParagraph: null,
  readWords: null,
  document: null,
  compareAbout: null,
};

export type Action =
  | { type: 'mode'; mode: Mode }
  | { type: 'select'; selection: Selection }
  | { type: 'toggleKind'; kind: string }
  | { type: 'showAllKinds' }
  | { type: 'election'; election: number | null }
  | { type: 'expand'; id: string; label?: string }
  | { type: 'collapse'; id: string }
  | { type: 'incident'; id: string | null }
  | { type: 'path'; from: string | null; to: string | null }
  /** Open the reader at a paragraph (null: the document's first), marking the words of a text search */
  | { type: 'read'; document: string; paragraph: number | null; words?: string | null }
  /** Show one document's contribution (null: every document) */
  | { type: 'document'; document: string | null }
  /** The Compare view's subject (the view opens) */
  | { type: 'compare'; about: string | null }
  | { type: 'resetView' }
  /** A whole state from a link; replaces the present and forgets the undo stack */
  | { type: 'restore'; state: ViewState }
  | { type: 'undo' };

/** What a link can reproduce: one reducer step, no history. */
export function reduce(state: ViewState, action: Exclude<Action, { type: 'undo' }>): ViewState {
  switch (action.type) {
    case 'mode':
      return { ...state, mode: action.mode };
    case 'select':
      return { ...state, selection: action.selection };
    case 'toggleKind': {
      const hidden = state.hiddenKinds.includes(action.kind)
        ? state.hiddenKinds.filter((k) => k !== action.kind)
        : [...state.hiddenKinds, action.kind].sort();
      return { ...state, hiddenKinds: hidden };
    }
    case 'showAllKinds':
      return { ...state, hiddenKinds: [] };
    case 'election':
      return { ...state, election: action.election };
    case 'expand':
      return state.expanded.includes(action.id) ? state : { ...state, expanded: [...state.expanded, action.id] };
    case 'collapse':
      return { ...state, expanded: state.expanded.filter((id) => id !== action.id) };
    case 'incident':
      return { ...state, incident: action.id, mode: 'trace' };
    case 'path':
      return { ...state, pathFrom: action.from, pathTo: action.to, mode: 'path' };
    case 'read':
      return { ...state, mode: 'read', readDocument: action.document, readParagraph: action.paragraph, readWords: action.words ?? null };
    case 'document':
      return { ...state, document: action.document };
    case 'compare':
      return { ...state, mode: 'compare', compareAbout: action.about };
    case 'resetView':
      return { ...state, hiddenKinds: [], election: null, expanded: [] };
    case 'restore':
      return normalize(action.state);
  }
}

/** The canonical form of a state: sorted unique kinds, unique expansions, no empty ids. */
export function normalize(state: ViewState): ViewState {
  const id = (v: string | null) => (v === null || v === '' ? null : v);
  return {
    mode: state.mode,
    selection: state.selection && state.selection.id !== '' ? { type: state.selection.type, id: state.selection.id } : null,
    hiddenKinds: [...new Set(state.hiddenKinds.filter((k) => k !== ''))].sort(),
    // (−0 is written "0" in a link, so it is 0 here too)
    election: state.election !== null && Number.isSafeInteger(state.election) ? state.election || 0 : null,
    expanded: [...new Set(state.expanded.filter((e) => e !== ''))],
    incident: id(state.incident),
    pathFrom: id(state.pathFrom),
    pathTo: id(state.pathTo),
    readDocument: id(state.readDocument),
    readParagraph:
      state.readParagraph !== null && Number.isSafeInteger(state.readParagraph) && state.readParagraph > 0 ? state.readParagraph : null,
    readWords: state.readWords === null || state.readWords.trim() === '' ? null : state.readWords.trim(),
    document: id(state.document),
    compareAbout: id(state.compareAbout),
  };
}

/**
 * Actions that change what is shown (filters, expansions) can be undone, with a label for the
 * Undo button. Moving around (mode, selection, the incident or path chosen) is navigation: undoing
 * it would make Undo feel like a broken Back button.
 */
function undoLabel(action: Action): string | null {
  switch (action.type) {
    case 'toggleKind':
      return `filter ${action.kind}`;
    case 'showAllKinds':
      return 'show all kinds';
    case 'election':
      return action.election === null ? 'show all elections' : `filter ${action.election}`;
    case 'expand':
      return `expand ${action.label ?? action.id}`;
    case 'collapse':
      return 'collapse';
    case 'document':
      return action.document === null ? 'show all documents' : 'document filter';
    case 'resetView':
      return 'reset view';
    default:
      return null;
  }
}

export interface History {
  present: ViewState;
  past: ReadonlyArray<{ state: ViewState; label: string }>;
}

/** How many steps Undo remembers: plenty for exploring, bounded so memory stays flat. */
export const UNDO_LIMIT = 50;

export function createHistory(state: ViewState = INITIAL_STATE): History {
  return { present: normalize(state), past: [] };
}

export function dispatch(history: History, action: Action): History {
  if (action.type === 'undo') {
    const last = history.past[history.past.length - 1];
    if (!last) return history;
    // Undo restores what was shown, but keeps where the reader is and what they selected.
    return {
      present: { ...last.state, mode: history.present.mode, selection: history.present.selection },
      past: history.past.slice(0, -1),
    };
  }
  const next = reduce(history.present, action);
  if (sameState(next, history.present)) return history;
  if (action.type === 'restore') return { present: next, past: [] };
  const label = undoLabel(action);
  if (label === null) return { present: next, past: history.past };
  const past = [...history.past, { state: history.present, label }].slice(-UNDO_LIMIT);
  return { present: next, past };
}

export function sameState(a: ViewState, b: ViewState): boolean {
  return sameSelection(a.selection, b.selection) && sameStateBesidesSelection(a, b);
}

/** Every part of the state but the selection: what a panel that does not mark the selection reads. */
export function sameStateBesidesSelection(a: ViewState, b: ViewState): boolean {
  return (
    a.mode === b.mode &&
    sameList(a.hiddenKinds, b.hiddenKinds) &&
    a.election === b.election &&
    sameList(a.expanded, b.expanded) &&
    a.incident === b.incident &&
    a.pathFrom === b.pathFrom &&
    a.pathTo === b.pathTo &&
    a.readDocument === b.readDocument &&
    a.readParagraph === b.readParagraph &&
    a.readWords === b.readWords &&
    a.document === b.document &&
    a.compareAbout === b.compareAbout
  );
}

export function sameSelection(a: Selection, b: Selection): boolean {
  return a?.type === b?.type && a?.id === b?.id;
}

export function sameList(x: readonly string[], y: readonly string[]): boolean {
  return x.length === y.length && x.every((v, i) => v === y[i]);
}

/** The label of what Undo would undo, or null when there is nothing to undo. */
export function undoable(history: History): string | null {
  return history.past[history.past.length - 1]?.label ?? null;
}
