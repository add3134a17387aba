import { describe, expect, it } from 'vitest';
import { createHistory, dispatch, INITIAL_STATE, reduce, undoable, UNDO_LIMIT, type Action, type History } from './state.ts';

const run = (actions: Action[], start: History = createHistory()) => actions.reduce(dispatch, start);

describe('the view state reducer', () => {
  it('hides and shows kinds, keeping the list sorted and without repeats', () => {
    const h = run([
      { type: 'toggleKind', kind: 'Response' },
      { type: 'toggleKind', kind: 'Claim' },
      { type: 'toggleKind', kind: 'Response' },
      { type: 'toggleKind', kind: 'Place' },
    ]);
    expect(h.present.hiddenKinds).toEqual(['Claim', 'Place']);
    expect(reduce(h.present, { type: 'showAllKinds' }).hiddenKinds).toEqual([]);
  });

  it('expands a node once and collapses it again', () => {
    const h = run([
      { type: 'expand', id: 'a' },
      { type: 'expand', id: 'b' },
      { type: 'expand', id: 'a' },
    ]);
    expect(h.present.expanded).toEqual(['a', 'b']);
    expect(reduce(h.present, { type: 'collapse', id: 'a' }).expanded).toEqual(['b']);
  });

  it('switches to the trace or path view when an incident or path ends are chosen', () => {
    expect(reduce(INITIAL_STATE, { type: 'incident', id: 'account-breach-2021' })).toEqual({
      ...INITIAL_STATE,
      mode: 'trace',
      incident: 'account-breach-2021',
    });
    expect(reduce(INITIAL_STATE, { type: 'path', from: 'a', to: 'b' })).toEqual({
      ...INITIAL_STATE,
      mode: 'path',
      pathFrom: 'a',
      pathTo: 'b',
    });
  });

  it('resets filters and expansions but not the selection or the view', () => {
    const busy = {
      ...INITIAL_STATE,
      mode: 'table' as const,
      selection: { type: 'node' as const, id: 'x' },
      hiddenKinds: ['Claim'],
      election: 2019,
      expanded: ['x'],
    };
    expect(reduce(busy, { type: 'resetView' })).toEqual({ ...INITIAL_STATE, mode: 'table', selection: { type: 'node', id: 'x' } });
  });
});

describe('the corpus in the view state', () => {
  it('filters by a document (undoably, like the other filters) and opens Compare on a subject', () => {
    let history = createHistory();
    history = dispatch(history, { type: 'document', document: 'doc-b' });
    history = dispatch(history, { type: 'compare', about: 'election-2021' });
    expect([history.present.document, history.present.mode, history.present.compareAbout, undoable(history)]).toEqual([
      'doc-b',
      'compare',
      'election-2021',
      'document filter',
    ]);
    history = dispatch(history, { type: 'undo' });
    expect([history.present.document, history.present.mode]).toEqual([null, 'compare']);
  });
});

describe('undo', () => {
  it('undoes expansions and filters one step at a time, with a label for the button', () => {
    let h = run([
      { type: 'expand', id: 'azam-ishmael', label: 'Azam Ishmael' },
      { type: 'toggleKind', kind: 'Claim' },
      { type: 'election', election: 2019 },
    ]);
    expect(undoable(h)).toBe('filter 2019');
    h = dispatch(h, { type: 'undo' });
    expect([h.present.election, undoable(h)]).toEqual([null, 'filter Claim']);
    h = dispatch(h, { type: 'undo' });
    expect([h.present.hiddenKinds, undoable(h)]).toEqual([[], 'expand Azam Ishmael']);
    h = dispatch(h, { type: 'undo' });
    expect([h.present.expanded, undoable(h)]).toEqual([[], null]);
    expect(dispatch(h, { type: 'undo' })).toBe(h);
  });

  it('keeps the current view and selection when undoing, and does not record navigation', () => {
    let h = run([
      { type: 'expand', id: 'a' },
      { type: 'mode', mode: 'table' },
      { type: 'select', selection: { type: 'edge', id: 'e' } },
    ]);
    expect(h.past.length).toBe(1);
    h = dispatch(h, { type: 'undo' });
    expect(h.present).toEqual({ ...INITIAL_STATE, mode: 'table', selection: { type: 'edge', id: 'e' } });
  });

  it('records nothing for an action that changes nothing', () => {
    const h = run([{ type: 'expand', id: 'a' }]);
    expect(dispatch(h, { type: 'expand', id: 'a' })).toBe(h);
    expect(dispatch(h, { type: 'election', election: null })).toBe(h);
  });

  it('forgets the history when a link restores a whole state', () => {
    const h = run([
      { type: 'expand', id: 'a' },
      { type: 'restore', state: { ...INITIAL_STATE, hiddenKinds: ['Place', 'Claim', 'Place'] } },
    ]);
    expect(h).toEqual({ present: { ...INITIAL_STATE, hiddenKinds: ['Claim', 'Place'] }, past: [] });
  });

  it('remembers at most UNDO_LIMIT steps', () => {
    const h = run(Array.from({ length: UNDO_LIMIT + 10 }, (_, i) => ({ type: 'expand' as const, id: `n${i}` })));
    expect(h.past.length).toBe(UNDO_LIMIT);
    expect(h.past[0]?.state.expanded.length).toBe(10);
  });
});
