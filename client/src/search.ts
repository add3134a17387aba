// The search box: names and aliases through the API's `search`, then the words of the documents
// through `textSearch` (an "In the text" group below), as one combobox (arrow keys, Enter, Escape).
// An entity is selected and centred; a paragraph opens in the reader with the words marked.
// `/` anywhere focuses it.
import type { Api, SearchHit, TextHit } from './api.ts';
import { describeError } from './context.ts';
import { h, replace } from './dom.ts';
import { kindSwatch } from './legend.ts';
import './search.css';

/** Wait this long after the last key before asking, so typing a name makes one request, not six. */
const DEBOUNCE_MS = 150;
/** Characters of a paragraph shown around its first highlighted word */
const SNIPPET_BEFORE = 40;
const SNIPPET_LENGTH = 140;

/** What an option of the list stands for. */
export type Choice = { type: 'entity'; hit: SearchHit } | { type: 'text'; hit: TextHit; words: string };
/** An option of the list: a choice, or "show every name found" */
type Option = Choice | { type: 'more' };

/** Names and paragraphs shown at first: a list that fits under the box on a laptop. */
export const SHOWN_HITS = 8;
/** How many of each the API is asked for (api.ts Search limit, TextSearch first): more than shown, to know when the list is cut. */
export const ASKED_NAMES = 50;
export const ASKED_PARAGRAPHS = SHOWN_HITS + 1;

/**
 * What the list says when it shows fewer than were found: "8 of 9 names", "8 of 50 or more
 * names" (as many as were asked for came back), "the first 8 paragraphs; more match"; null when
 * it shows all.
 */
export function capNote(shown: number, found: number, asked: number, what: 'names' | 'paragraphs'): string | null {
  if (found <= shown) return null;
  if (what === 'paragraphs') return `The first ${shown} paragraphs; more match: add a word to narrow`;
  return found < asked ? `${shown} of ${found} names` : `${shown} of ${asked} or more names`;
}

/** The piece of a paragraph a text hit shows: around its first highlight, cut at spaces, the highlights as marks. */
export function snippet(hit: TextHit): { text: string; mark: boolean }[] {
  const text = hit.paragraph.text;
  const first = hit.highlights[0];
  let from = first ? Math.max(0, first.start - SNIPPET_BEFORE) : 0;
  if (from > 0) from = text.indexOf(' ', from) + 1 || from;
  let to = Math.min(text.length, from + SNIPPET_LENGTH);
  if (to < text.length) to = text.lastIndexOf(' ', to) > from ? text.lastIndexOf(' ', to) : to;
  const parts: { text: string; mark: boolean }[] = [];
  let at = from;
  for (const r of hit.highlights) {
    const start = Math.max(r.start, from);
    const end = Math.min(r.end, to);
    if (end <= start) continue;
    if (start > at) parts.push({ text: text.slice(at, start), mark: false });
    parts.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < to) parts.push({ text: text.slice(at, to), mark: false });
  if (from > 0) parts.unshift({ text: '…', mark: false });
  if (to < text.length) parts.push({ text: '…', mark: false });
  return parts;
}

export function setupSearch(
  input: HTMLInputElement,
  list: HTMLUListElement,
  api: Pick<Api, 'search' | 'textSearch'>,
  choose: (choice: Choice) => void,
  documentTitle: (id: string) => string = (id) => id,
): void {
  let hits: Option[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = 0;
  /** The text the shown hits answer */
  let answered = '';

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const show = (items: HTMLElement[]) => {
    replace(list, ...items);
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };
  const highlight = (index: number) => {
    active = index;
    list.querySelectorAll('[role="option"]').forEach((el, i) => {
      el.setAttribute('aria-selected', i === index ? 'true' : 'false');
    });
    if (index >= 0) {
      input.setAttribute('aria-activedescendant', `search-hit-${index}`);
      document.getElementById(`search-hit-${index}`)?.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const pick = (choice: Option | undefined) => {
    if (!choice) return;
    if (choice.type === 'more') {
      // Every name found, the focus staying where "Show all" was (now the first of the rest).
      const at = hits.indexOf(choice);
      allNames = true;
      draw(answered);
      highlight(Math.min(at, hits.length - 1));
      return;
    }
    close();
    if (choice.type === 'entity') input.value = choice.hit.name;
    choose(choice);
  };

  const entityItem = (hit: SearchHit, text: string, i: number): HTMLElement => {
    const alias = hit.aliases.find(
      (a) => a.toLowerCase().includes(text.toLowerCase()) && !hit.name.toLowerCase().includes(text.toLowerCase()),
    );
    return h(
      'li',
      { id: `search-hit-${i}`, role: 'option', 'aria-selected': 'false', class: 'search-hit' },
      kindSwatch(hit.kind, 14),
      h('span', { class: 'hit-name' }, hit.name),
      alias && h('span', { class: 'hit-alias' }, `“${alias}”`),
      h('span', { class: 'hit-kind' }, hit.kind),
    );
  };
  const textItem = (hit: TextHit, i: number): HTMLElement =>
    h(
      'li',
      { id: `search-hit-${i}`, role: 'option', 'aria-selected': 'false', class: 'search-hit text-hit' },
      h('span', { class: 'hit-where' }, `¶ ${hit.paragraph.number} · ${documentTitle(hit.paragraph.document)}`),
      h('span', { class: 'hit-snippet' }, ...snippet(hit).map((p) => (p.mark ? h('mark', {}, p.text) : p.text))),
    );

  /** The last answers, whole: the list shows SHOWN_HITS of each until "Show all" */
  let found: { entities: PromiseSettledResult<SearchHit[]>; paragraphs: PromiseSettledResult<TextHit[]> } | null = null;
  let allNames = false;

  const draw = (text: string) => {
    if (!found) return;
    const { entities, paragraphs } = found;
    const names = entities.status === 'fulfilled' ? entities.value : [];
    const texts = paragraphs.status === 'fulfilled' ? paragraphs.value : [];
    const shownNames = allNames ? names : names.slice(0, SHOWN_HITS);
    const namesNote = allNames ? null : capNote(shownNames.length, names.length, ASKED_NAMES, 'names');
    const textNote = capNote(Math.min(texts.length, SHOWN_HITS), texts.length, ASKED_PARAGRAPHS, 'paragraphs');
    const options: Option[] = [
      ...shownNames.map((hit): Choice => ({ type: 'entity', hit })),
      ...(namesNote ? [{ type: 'more' } as const] : []),
      ...texts.slice(0, SHOWN_HITS).map((hit): Choice => ({ type: 'text', hit, words: text })),
    ];
    hits = options;
    const items: HTMLElement[] = [];
    options.forEach((option, i) => {
      if (option.type === 'text' && (i === 0 || options[i - 1]?.type !== 'text')) {
        items.push(h('li', { class: 'search-group', role: 'presentation' }, 'In the text'));
      }
      const item =
        option.type === 'entity'
          ? entityItem(option.hit, text, i)
          : option.type === 'text'
            ? textItem(option.hit, i)
            : h(
                'li',
                { id: `search-hit-${i}`, role: 'option', 'aria-selected': 'false', class: 'search-hit search-more' },
                h('span', { class: 'hit-name' }, `${namesNote} · Show all`),
              );
      // mousedown, not click: the input would lose focus and close the list before a click lands.
      item.addEventListener('mousedown', (event) => {
        event.preventDefault();
        pick(option);
      });
      items.push(item);
    });
    if (textNote) items.push(h('li', { class: 'search-cap', role: 'presentation' }, textNote));
    for (const failed of [entities, paragraphs]) {
      if (failed.status === 'rejected')
        items.push(h('li', { class: 'search-error', role: 'presentation' }, `Search failed: ${describeError(failed.reason)}`));
    }
    if (items.length === 0) items.push(h('li', { class: 'search-empty', role: 'presentation' }, `Nothing named or said “${text}”.`));
    show(items);
  };

  const ask = async (text: string) => {
    const ticket = ++asked;
    // Both questions at once; either may fail without hiding what the other found.
    const [entities, paragraphs] = await Promise.allSettled([api.search(text), api.textSearch(text)]);
    if (ticket !== asked) return; // a newer question is on its way
    answered = text;
    found = { entities, paragraphs };
    allNames = false;
    draw(text);
    if (hits.length > 0) highlight(0);
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (text === '') {
      asked++;
      close();
      return;
    }
    timer = setTimeout(() => void ask(text), DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && hits.length > 0) {
      event.preventDefault();
      if (list.hidden) show([...list.children].filter((c): c is HTMLElement => c instanceof HTMLElement));
      highlight((active + 1) % hits.length);
    } else if (event.key === 'ArrowUp' && hits.length > 0) {
      event.preventDefault();
      highlight((active - 1 + hits.length) % hits.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const text = input.value.trim();
      if (text === '') return;
      if (text === answered) return pick(hits[Math.max(active, 0)]);
      // Enter before the answer arrived: ask now and take the best match.
      clearTimeout(timer);
      void ask(text).then(() => {
        if (answered === text) pick(hits[0]);
      });
    } else if (event.key === 'Escape') {
      if (!list.hidden) {
        event.preventDefault();
        close();
      } else input.blur();
    }
  });
  input.addEventListener('blur', () => close());
  input.addEventListener('focus', () => {
    if (hits.length > 0 && input.value.trim() !== '') {
      show([...list.children].filter((c): c is HTMLElement => c instanceof HTMLElement));
    }
  });

  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target;
    const typing =
      target instanceof HTMLInputElement ||
      target instanceof HTMLTextAreaElement ||
      target instanceof HTMLSelectElement ||
      (target instanceof HTMLElement && target.isContentEditable);
    if (typing) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
}
