// The browser's history as the viewer's: each change of view is an entry of its own, so Back
// returns to the previous view and Forward again, inside the app instead of out of it. A change of
// the selection alone is not a view of its own (clicking through ten nodes should not take ten
// Backs to leave a view): it rewrites the present entry. One reader's action may change the state
// several times in one task (a search hit: expand, switch to the graph, select); it is one entry.
import { sameStateBesidesSelection, type ViewState } from './state.ts';

/** How a state reaches the address bar after `previous` (null: the first state this page writes). */
export function historyStep(previous: ViewState | null, next: ViewState): 'push' | 'replace' {
  if (previous === null) return 'replace'; // the page's own address: Back still leaves to the page before
  return sameStateBesidesSelection(previous, next) ? 'replace' : 'push';
}

/** The parts of `window` that Back and Forward reach the viewer through (a fake one in tests). */
export interface HistoryEvents {
  location: { hash: string };
  addEventListener(type: 'popstate' | 'hashchange', listener: () => void): void;
}

/**
 * Back, Forward, or a link pasted into the address bar: `arrived` gets the new hash, unless it is
 * the one this page wrote last (`isOwn`). Both events are listened to: a pushed entry comes back
 * with popstate, a hash typed by hand with hashchange (Chromium fires both for one Back; the second
 * finds its hash already taken as the page's own and is dropped).
 */
export function followHistory(win: HistoryEvents, isOwn: (hash: string) => boolean, arrived: (hash: string) => void): void {
  const onMove = () => {
    const hash = win.location.hash;
    if (!isOwn(hash)) arrived(hash);
  };
  win.addEventListener('popstate', onMove);
  win.addEventListener('hashchange', onMove);
}
