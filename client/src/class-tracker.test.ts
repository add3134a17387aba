import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { ALL, ClassTracker, NONE } from './class-tracker.ts';

function graph() {
  return cytoscape({
    headless: true,
    elements: [
      { data: { id: 'a' } },
      { data: { id: 'b' } },
      { data: { id: 'c' } },
      { data: { id: 'd' } },
      { data: { id: 'ab', source: 'a', target: 'b' } },
      { data: { id: 'cd', source: 'c', target: 'd' } },
    ],
  });
}

/** The ids carrying a class, sorted, and the ids whose classes changed while `act` ran. */
function watch(cy: cytoscape.Core, cls: string, act: () => void): { carrying: string[]; touched: string[] } {
  const touched: string[] = [];
  const listener = (e: cytoscape.EventObject) => touched.push(e.target.id());
  cy.on('class', listener);
  act();
  cy.off('class', listener);
  return {
    carrying: cy
      .elements(`.${cls}`)
      .map((e) => e.id())
      .sort(),
    touched: touched.sort(),
  };
}

describe('ClassTracker', () => {
  it('gives a class to exactly the ids asked, touching only the elements whose class changes', () => {
    const cy = graph();
    cy.getElementById('a').addClass('highlighted');
    const classes = new ClassTracker(cy);
    // Not known yet: read from the elements themselves, so 'a' (already highlighted) is not touched.
    expect(watch(cy, 'highlighted', () => classes.set('highlighted', { ids: new Set(['a', 'ab']), except: false }))).toEqual({
      carrying: ['a', 'ab'],
      touched: ['ab'],
    });
    expect(watch(cy, 'highlighted', () => classes.set('highlighted', { ids: new Set(['ab', 'c']), except: false }))).toEqual({
      carrying: ['ab', 'c'],
      touched: ['a', 'c'],
    });
  });

  it('keeps a class most elements carry as the few that do not, and moves between the two forms', () => {
    const cy = graph();
    const classes = new ClassTracker(cy);
    expect(watch(cy, 'faded', () => classes.set('faded', { ids: new Set(['a', 'b', 'ab']), except: true }))).toEqual({
      carrying: ['c', 'cd', 'd'],
      touched: ['c', 'cd', 'd'],
    });
    // Another selection: only its neighbourhood and the last one's change.
    expect(watch(cy, 'faded', () => classes.set('faded', { ids: new Set(['c', 'd', 'cd']), except: true }))).toEqual({
      carrying: ['a', 'ab', 'b'],
      touched: ['a', 'ab', 'b', 'c', 'cd', 'd'],
    });
    expect(watch(cy, 'faded', () => classes.set('faded', { ids: new Set(['c', 'd']), except: true }))).toEqual({
      carrying: ['a', 'ab', 'b', 'cd'],
      touched: ['cd'],
    });
    expect(watch(cy, 'faded', () => classes.set('faded', NONE))).toEqual({ carrying: [], touched: ['a', 'ab', 'b', 'cd'] });
  });

  it('limits a class to nodes when asked, in both forms', () => {
    const cy = graph();
    const classes = new ClassTracker(cy);
    classes.set('labelled', ALL, 'node');
    expect(watch(cy, 'labelled', () => undefined).carrying).toEqual(['a', 'b', 'c', 'd']);
    classes.set('labelled', { ids: new Set(['a', 'ab']), except: false }, 'node');
    expect(watch(cy, 'labelled', () => classes.set('labelled', { ids: new Set(['a', 'ab', 'cd']), except: false }, 'node'))).toEqual({
      carrying: ['a'],
      touched: [],
    });
  });

  it('remembers what it applied, not the set it was given, and reads the elements again after forget', () => {
    const cy = graph();
    const classes = new ClassTracker(cy);
    const ids = new Set(['a']);
    classes.set('new', { ids, except: false });
    ids.add('b'); // the caller's set changed afterwards: nothing was applied for 'b'
    expect(watch(cy, 'new', () => classes.set('new', { ids, except: false }))).toEqual({ carrying: ['a', 'b'], touched: ['b'] });
    cy.add({ data: { id: 'e' } });
    cy.getElementById('e').addClass('new');
    classes.forget();
    expect(watch(cy, 'new', () => classes.set('new', { ids: new Set(['a']), except: false }))).toEqual({
      carrying: ['a'],
      touched: ['b', 'e'],
    });
  });

  it('ignores ids of elements it does not have', () => {
    const cy = graph();
    const classes = new ClassTracker(cy);
    classes.set('hidden', NONE);
    expect(watch(cy, 'hidden', () => classes.set('hidden', { ids: new Set(['gone', 'a']), except: false }))).toEqual({
      carrying: ['a'],
      touched: ['a'],
    });
  });
});
