import { describe, expect, it } from 'vitest';
import { followHistory, historyStep, type HistoryEvents } from './history.ts';
import { INITIAL_STATE } from './state.ts';

describe('which changes are entries of the browser history', () => {
  it('takes the first state for the page’s own entry, a change of view for a new one, and a change of selection for the same one', () => {
    const table = { ...INITIAL_STATE, mode: 'table' as const };
    const selected = { ...table, selection: { type: 'node' as const, id: 'azam-ishmael' } };
    const filtered = { ...selected, hiddenKinds: ['Claim'] };
    expect([
      historyStep(null, table),
      historyStep(INITIAL_STATE, table),
      historyStep(table, selected),
      historyStep(selected, filtered),
      historyStep(filtered, { ...filtered, expanded: ['liberal-party'] }),
    ]).toEqual(['replace', 'push', 'replace', 'push', 'push']);
  });
});

describe('following Back and Forward', () => {
  it('hands on each hash the page did not write itself, once, whichever event brought it', () => {
    const listeners: (() => void)[] = [];
    const win: HistoryEvents = { location: { hash: '' }, addEventListener: (_type, listener) => listeners.push(listener) };
    let own = '';
    const arrived: string[] = [];
    followHistory(
      win,
      (hash) => hash === own,
      (hash) => {
        arrived.push(hash);
        own = hash;
      },
    );
    const move = (hash: string) => {
      win.location.hash = hash;
      for (const l of listeners) l();
    };
    move('#mode=table');
    move('#mode=table');
    move('');
    expect(arrived).toEqual(['#mode=table', '']);
  });
});
