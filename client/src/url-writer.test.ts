import { describe, expect, it } from 'vitest';
import { INITIAL_STATE, type ViewState } from './state.ts';
import { UrlWriter, type AddressBar } from './url-writer.ts';

/** An address bar that records what was written and how, and a task queue run by hand. */
function fakeBar(): { bar: AddressBar; written: string[]; endTask: () => void; afterTask: (fn: () => void) => void } {
  const written: string[] = [];
  let queued: (() => void)[] = [];
  return {
    written,
    bar: {
      location: { pathname: '/viewer', search: '?lang=en' },
      history: {
        pushState: (_data, _unused, url) => written.push(`push ${url}`),
        replaceState: (_data, _unused, url) => written.push(`replace ${url}`),
      },
    },
    afterTask: (fn) => queued.push(fn),
    endTask: () => {
      const run = queued;
      queued = [];
      for (const fn of run) fn();
    },
  };
}

const trace: ViewState = { ...INITIAL_STATE, mode: 'trace', incident: 'account-breach-2021' };

describe('writing the state to the address bar', () => {
  it('pushes an entry for each change of view, in separate tasks, and writes an unchanged state not at all', () => {
    const { bar, written, endTask, afterTask } = fakeBar();
    const writer = new UrlWriter(bar, afterTask);
    for (const state of [INITIAL_STATE, trace, trace, { ...trace }, INITIAL_STATE]) {
      writer.write(state);
      endTask();
    }
    expect(written).toEqual(['push #mode=trace&incident=account-breach-2021', 'push /viewer?lang=en']);
  });

  it('rewrites the present entry when only the selection changed', () => {
    const { bar, written, endTask, afterTask } = fakeBar();
    const writer = new UrlWriter(bar, afterTask);
    writer.write(trace);
    endTask();
    writer.write({ ...trace, selection: { type: 'node', id: 'breach-password-changed' } });
    endTask();
    expect(written).toEqual([
      'replace #mode=trace&incident=account-breach-2021',
      'replace #mode=trace&node=breach-password-changed&incident=account-breach-2021',
    ]);
  });

  it('makes one entry of the several changes one action makes in one task', () => {
    const { bar, written, endTask, afterTask } = fakeBar();
    const writer = new UrlWriter(bar, afterTask);
    writer.write(INITIAL_STATE);
    const expanded = { ...INITIAL_STATE, mode: 'trace' as const, expanded: ['azam-ishmael'] };
    writer.write(expanded);
    writer.write({ ...expanded, mode: 'graph' });
    writer.write({ ...expanded, mode: 'graph', selection: { type: 'node', id: 'azam-ishmael' } });
    endTask();
    writer.write({ ...INITIAL_STATE, mode: 'table' });
    expect(written).toEqual([
      'push #mode=trace&expand=azam-ishmael',
      'replace #expand=azam-ishmael',
      'replace #node=azam-ishmael&expand=azam-ishmael',
      'push #mode=table',
    ]);
  });

  it('recognises the hash it wrote last, and only that one', () => {
    const { bar } = fakeBar();
    const writer = new UrlWriter(bar, () => {});
    writer.write({ ...INITIAL_STATE, mode: 'table' });
    writer.write({ ...INITIAL_STATE, mode: 'path' });
    expect([writer.wrote('#mode=path'), writer.wrote('#mode=table'), writer.wrote('')]).toEqual([true, false, false]);
  });

  it('takes the default view for its own before anything is written, as the page starts there', () => {
    expect(new UrlWriter(fakeBar().bar).wrote('')).toBe(true);
  });

  it('adopts a state Back arrived at without a new entry, rewriting a hand-edited hash to its canonical form', () => {
    const { bar, written } = fakeBar();
    const writer = new UrlWriter(bar, () => {});
    writer.adopt(trace, '#incident=account-breach-2021&mode=trace');
    writer.write(trace);
    writer.adopt(INITIAL_STATE, '');
    writer.write(INITIAL_STATE);
    expect({ written, own: writer.wrote('') }).toEqual({ written: ['replace #mode=trace&incident=account-breach-2021'], own: true });
  });
});
