// The state written to the address bar after every change, so a copied link shows the same view
// (url.ts says how a state reads as a hash). Only a hash that changed is written, and a hashchange
// this page caused itself can be told apart from a link pasted into the address bar.
import { encodeState } from './url.ts';
import type { ViewState } from './state.ts';

/** The parts of `window` this needs (a fake one in tests). */
export interface AddressBar {
  location: { pathname: string; search: string };
  history: { replaceState(data: unknown, unused: string, url: string): void };
}

export class UrlWriter {
  private last = '';

  constructor(private readonly bar: AddressBar) {}

  write(state: ViewState): void {
    const hash = encodeState(state);
    if (hash === this.last) return;
    this.last = hash;
    // replaceState: the state changes on every click, and Back should leave the page, not replay clicks.
    this.bar.history.replaceState(null, '', hash === '' ? `${this.bar.location.pathname}${this.bar.location.search}` : hash);
  }

  /** Whether `hash` is the one this page wrote last (its own change, not a new link). */
  wrote(hash: string): boolean {
    return hash === this.last;
  }
}
