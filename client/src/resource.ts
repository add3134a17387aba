// Data a view asks for once and renders in three states: loading, loaded, failed (in words, with
// a retry). Rendering stays synchronous: a view reads `get(key)` and is re-rendered when it settles.
import { describeError } from './context.ts';
import { h } from './dom.ts';

export type Loaded<T> = { status: 'loading' } | { status: 'ok'; value: T } | { status: 'error'; message: string };

export class Resources<T> {
  private readonly results = new Map<string, Loaded<T>>();

  constructor(
    private readonly load: (key: string) => Promise<T>,
    /** Called when a load settles, to re-render */
    private readonly settled: () => void,
  ) {}

  get(key: string): Loaded<T> {
    const known = this.results.get(key);
    if (known) return known;
    const loading: Loaded<T> = { status: 'loading' };
    this.results.set(key, loading);
    this.load(key).then(
      (value) => this.finish(key, { status: 'ok', value }),
      (error: unknown) => this.finish(key, { status: 'error', message: describeError(error) }),
    );
    return loading;
  }

  /** Forget a failure so the next `get` asks again. */
  retry(key: string): void {
    if (this.results.get(key)?.status === 'error') this.results.delete(key);
    this.settled();
  }

  private finish(key: string, result: Loaded<T>): void {
    this.results.set(key, result);
    this.settled();
  }
}

/** What a view shows while its data loads or after it failed; null once it has loaded. */
export function pending<T>(result: Loaded<T>, what: string, retry: () => void): HTMLElement | null {
  if (result.status === 'loading') return h('p', { class: 'loading', role: 'status' }, `Loading ${what}…`);
  if (result.status === 'error') {
    return h(
      'div',
      { class: 'error-block', role: 'alert' },
      h('p', {}, `Could not load ${what}. ${result.message}`),
      h('button', { type: 'button', class: 'small-button', onClick: retry }, 'Try again'),
    );
  }
  return null;
}
