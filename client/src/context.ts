// What every view and panel is handed: the API, the loaded facts, the evidence helpers, and the
// two ways to act: read the state, dispatch an action.
import type { Api, DocumentInfo } from './api.ts';
import type { Catalog } from './catalog.ts';
import type { EvidenceContext } from './evidence.ts';
import type { Action, ViewState } from './state.ts';

export interface AppContext extends EvidenceContext {
  api: Api;
  catalog: Catalog;
  documents: ReadonlyMap<string, DocumentInfo>;
  state(): ViewState;
  dispatch(action: Action): void;
  /** Say something in the status line (loading, a problem, what just happened). */
  announce(message: string, tone?: 'info' | 'error'): void;
}

/** A plain sentence for any thrown value. */
export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
