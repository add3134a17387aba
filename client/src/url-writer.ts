// The state written to the address bar after every change, so a copied link shows the same view
// (url.ts says how a state reads as a hash) and Back and Forward walk through the views
// (history.ts says which changes are entries of their own). Only a hash that changed is written,
// and a hash this page wrote itself can be told apart from one that came from Back or a pasted link.
import { historyStep } from './history.ts';
import type { ViewState } from './state.ts';
import { encodeState } from './url.ts';

/** The parts of `window` this needs (a fake one in tests). */
export interface AddressBar {
  location: { pathname: string; search: string };
  history: {
    pushState(data: unknown, unused: string, url: string): void;
    replaceState(data: unknown, unused: string, url: string): void;
  };
}

/** Runs `fn` once the present task is over (setTimeout 0 in the page; by hand in tests). */
export type AfterTask = (fn: () => void) => void;

export class UrlWriter {
  private last = '';
  private lastState: ViewState | null = null;
  /** An entry was pushed in this task: further changes in it belong to the same entry. */
  private pushedThisTask = false;

  constructor(
    private readonly bar: AddressBar,
    private readonly afterTask: AfterTask = (fn) => setTimeout(fn, 0),
  ) {}

  write(state: ViewState): void {
    const hash = encodeState(state);
    const step = historyStep(this.lastState, state);
    this.lastState = state;
    if (hash === this.last) return;
    this.last = hash;
    const url = hash === '' ? `${this.bar.location.pathname}${this.bar.location.search}` : hash;
    if (step === 'push' && !this.pushedThisTask) {
      this.bar.history.pushState(null, '', url);
      this.pushedThisTask = true;
      this.afterTask(() => {
        this.pushedThisTask = false;
      });
    } else this.bar.history.replaceState(null, '', url);
  }

  /**
   * The address bar moved by itself (Back, Forward, a pasted link) to a hash meaning `state`: take
   * it as written, so showing that state writes no new entry. A hand-edited hash is rewritten in
   * place to its canonical form.
   */
  adopt(state: ViewState, hash: string): void {
    this.lastState = state;
    this.last = encodeState(state);
    if (this.last !== hash) {
      this.bar.history.replaceState(null, '', this.last === '' ? `${this.bar.location.pathname}${this.bar.location.search}` : this.last);
    }
  }

  /** Whether `hash` is the one this page wrote last (its own change, not a new link). */
  wrote(hash: string): boolean {
    return hash === this.last;
  }
}
