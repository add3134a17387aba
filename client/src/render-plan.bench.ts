// How long the render's "must this panel be redrawn?" questions take per state change: the JSON
// keys main.ts used to build (a stringify of the state per panel, on every click) against the
// comparisons of render-plan.ts through Memo. `npx vitest bench --run client/src/render-plan.bench.ts`
import { bench, describe } from 'vitest';
import { Memo } from './memo.ts';
import { sameDetailsInputs, sameSidebarInputs, sameTableInputs, type PanelInputs } from './render-plan.ts';
import { INITIAL_STATE, type ViewState } from './state.ts';

// A busy reader: filters on, a dozen expansions, clicking through nodes (a new selection each time),
// now and then a filter toggled, in the table (where all three panels are asked about).
const busy: ViewState = {
  ...INITIAL_STATE,
  mode: 'table',
  hiddenKinds: ['Claim', 'Recommendation', 'Response'],
  election: 2021,
  expanded: Array.from({ length: 12 }, (_, i) => `some-expanded-node-${i}`),
};
const steps: PanelInputs[] = Array.from({ length: 64 }, (_, i) => ({
  state: { ...busy, selection: { type: 'node', id: `node-${i % 16}` }, hiddenKinds: i % 8 === 0 ? ['Claim'] : busy.hiddenKinds },
  version: Math.floor(i / 32),
}));

describe('deciding which panels to redraw, per state change', () => {
  let last = { sidebar: '', table: '', details: '' };
  let i = 0;
  bench('JSON keys (before)', () => {
    const { state, version } = steps[i++ % steps.length]!;
    const filtersOnly = state.mode === 'graph' || state.mode === 'table';
    const sidebar = JSON.stringify([filtersOnly ? { ...state, selection: null } : state, version]);
    const table = state.mode === 'table' ? JSON.stringify([state, version]) : '';
    const details = JSON.stringify([state.selection, state.expanded, state.pathFrom, state.pathTo, version]);
    const redraw = [sidebar !== last.sidebar, table !== last.table, details !== last.details];
    last = { sidebar, table, details };
    if (redraw.length !== 3) throw new Error('unreachable');
  });

  const memos = { sidebar: new Memo(sameSidebarInputs), table: new Memo(sameTableInputs), details: new Memo(sameDetailsInputs) };
  let j = 0;
  bench('Memo with explicit comparisons (after)', () => {
    const inputs = steps[j++ % steps.length]!;
    const redraw = [
      memos.sidebar.changed(inputs),
      inputs.state.mode === 'table' && memos.table.changed(inputs),
      memos.details.changed(inputs),
    ];
    if (redraw.length !== 3) throw new Error('unreachable');
  });
});
