// Which elements carry each of the view's classes (hidden, faded, highlighted…), remembered as ids,
// so a click touches only the elements whose classes change. Asking each of 5k elements whether
// it has a class, as a filter over the whole graph, cost ~20 ms a click (CPU profile, issue 16);
// the elements that change on a click are a few neighbourhoods.
import type cytoscape from 'cytoscape';

/**
 * The elements that carry a class: those whose ids are in `ids`, or (`except`) all but those.
 * `except` keeps the sets small for classes most elements carry: faded, once something is selected.
 */
export interface Membership {
  ids: ReadonlySet<string>;
  except: boolean;
}

export const NONE: Membership = { ids: new Set(), except: false };
export const ALL: Membership = { ids: new Set(), except: true };

function carries(m: Membership, id: string): boolean {
  return m.ids.has(id) !== m.except;
}

export class ClassTracker {
  /** Per class, the membership last given; absent: not known, read from Cytoscape on the next set */
  private readonly known = new Map<string, Membership>();

  constructor(private readonly cy: cytoscape.Core) {}

  /** Elements were added or removed: what is remembered no longer covers them. */
  forget(): void {
    this.known.clear();
  }

  /**
   * Give `cls` to exactly the members of `want` among the elements (the nodes, with scope 'node'),
   * touching only those that change: every class change restyles its element.
   */
  set(cls: string, want: Membership, scope: 'all' | 'node' = 'all'): void {
    const before = this.known.get(cls);
    // A copy: the caller's set may be changed after this (what is remembered must stay what was applied).
    this.known.set(cls, { ids: new Set(want.ids), except: want.except });
    const inScope = (e: cytoscape.SingularElementArgument) => scope === 'all' || e.isNode();
    if (!before || before.except !== want.except) {
      // Not known, or from "these" to "all but these": one pass over the elements, as before.
      const elements = scope === 'node' ? this.cy.nodes() : this.cy.elements();
      elements.filter((e) => carries(want, e.id()) !== e.hasClass(cls)).toggleClass(cls);
      return;
    }
    // Same kind of set: only the ids in one of the two and not the other can change.
    const changed = this.cy.collection(); // merged into in place: union would copy it for every element
    const check = (id: string) => {
      const e = this.cy.getElementById(id);
      if (e.nonempty() && inScope(e) && e.hasClass(cls) !== carries(want, id)) changed.merge(e);
    };
    for (const id of before.ids) if (!want.ids.has(id)) check(id);
    for (const id of want.ids) if (!before.ids.has(id)) check(id);
    if (changed.nonempty()) changed.toggleClass(cls);
  }
}
