// The search box: names and aliases through the API's `search`, as a combobox (arrow keys, Enter,
// Escape) that selects and centres on the chosen match. `/` anywhere focuses it.
import type { Api, SearchHit } from './api.ts';
import { describeError } from './context.ts';
import { h, replace } from './dom.ts';
import { kindSwatch } from './legend.ts';
import './search.css';

/** Wait this long after the last key before asking, so typing a name makes one request, not six. */
const DEBOUNCE_MS = 150;

export function setupSearch(input: HTMLInputElement, list: HTMLUListElement, api: Pick<Api, 'search'>, choose: (hit: SearchHit) => void): void {
  let hits: SearchHit[] = [];
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
    list.querySelectorAll('[role="option"]').forEach((el, i) => el.setAttribute('aria-selected', i === index ? 'true' : 'false'));
    if (index >= 0) {
      input.setAttribute('aria-activedescendant', `search-hit-${index}`);
      document.getElementById(`search-hit-${index}`)?.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const pick = (hit: SearchHit | undefined) => {
    if (!hit) return;
    close();
    input.value = hit.name;
    choose(hit);
  };

  const ask = async (text: string) => {
    const ticket = ++asked;
    try {
      const found = await api.search(text);
      if (ticket !== asked) return; // a newer question is on its way
      hits = found;
      answered = text;
      if (hits.length === 0) return show([h('li', { class: 'search-empty', role: 'presentation' }, `Nothing named “${text}”.`)]);
      show(
        hits.map((hit, i) => {
          const alias = hit.aliases.find((a) => a.toLowerCase().includes(text.toLowerCase()) && !hit.name.toLowerCase().includes(text.toLowerCase()));
          const item = h(
            'li',
            { id: `search-hit-${i}`, role: 'option', 'aria-selected': 'false', class: 'search-hit' },
            kindSwatch(hit.kind, 14),
            h('span', { class: 'hit-name' }, hit.name),
            alias && h('span', { class: 'hit-alias' }, `“${alias}”`),
            h('span', { class: 'hit-kind' }, hit.kind),
          );
          // mousedown, not click: the input would lose focus and close the list before a click lands.
          item.addEventListener('mousedown', (event) => {
            event.preventDefault();
            pick(hit);
          });
          return item;
        }),
      );
      highlight(0);
    } catch (error) {
      if (ticket !== asked) return;
      hits = [];
      show([h('li', { class: 'search-error', role: 'presentation' }, `Search failed: ${describeError(error)}`)]);
    }
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
      if (text === answered) return pick(hits[active >= 0 ? active : 0]);
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
    const typing = target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement || (target instanceof HTMLElement && target.isContentEditable);
    if (typing) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
}
