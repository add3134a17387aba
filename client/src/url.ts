// The view state in the URL's hash, so a link or a reload shows the same view. The hash (not the
// query) because the server serves one static page at `/` and nothing here needs to reach it.
// URLSearchParams does the escaping: any id survives the round trip, and a hand-edited or
// truncated link decodes to the nearest sensible view instead of an error.
import { INITIAL_STATE, isMode, normalize, type ViewState } from './state.ts';

/** `#mode=trace&incident=account-breach-2021&node=breach-password-changed`; the reader: `#mode=read&doc=…&p=10&words=national+director` */
export function encodeState(input: ViewState): string {
  const state = normalize(input);
  const params = new URLSearchParams();
  if (state.mode !== INITIAL_STATE.mode) params.set('mode', state.mode);
  if (state.selection) params.set(state.selection.type, state.selection.id);
  for (const kind of state.hiddenKinds) params.append('hide', kind);
  if (state.election !== null) params.set('election', String(state.election));
  for (const id of state.expanded) params.append('expand', id);
  if (state.incident !== null) params.set('incident', state.incident);
  if (state.pathFrom !== null) params.set('from', state.pathFrom);
  if (state.pathTo !== null) params.set('to', state.pathTo);
  if (state.readDocument !== null) params.set('doc', state.readDocument);
  if (state.readParagraph !== null) params.set('p', String(state.readParagraph));
  if (state.readWords !== null) params.set('words', state.readWords);
  if (state.document !== null) params.set('document', state.document);
  if (state.compareAbout !== null) params.set('about', state.compareAbout);
  const text = params.toString();
  return text === '' ? '' : `#${text}`;
}

/** The state a hash describes; anything unreadable falls back to the default for that part. */
export function decodeState(hash: string): ViewState {
  const params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  const mode = params.get('mode') ?? '';
  const node = params.get('node');
  const edge = params.get('edge');
  const year = params.get('election') ?? '';
  const election = /^-?\d{1,16}$/.test(year) ? Number(year) : NaN;
  const paragraph = params.get('p') ?? '';
  return normalize({
    mode: isMode(mode) ? mode : INITIAL_STATE.mode,
    selection: node ? { type: 'node', id: node } : edge ? { type: 'edge', id: edge } : null,
    hiddenKinds: params.getAll('hide'),
    election: Number.isSafeInteger(election) ? election : null,
    expanded: params.getAll('expand'),
    incident: params.get('incident'),
    pathFrom: params.get('from'),
    pathTo: params.get('to'),
    readDocument: params.get('doc'),
    readParagraph: /^\d{1,16}$/.test(paragraph) ? Number(paragraph) : null,
    readWords: params.get('words'),
    document: params.get('document'),
    compareAbout: params.get('about'),
  });
}

/** The link that opens the reader at a paragraph, keeping the rest of the view (the evidence panel, the search box use it). */
export function readerLink(state: ViewState, document: string, paragraph: number, words: string | null = null): string {
  return encodeState({ ...state, mode: 'read', readDocument: document, readParagraph: paragraph, readWords: words });
}
