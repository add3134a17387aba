// Choosing an entity the graph has, in the workbench's forms (the end of a relation, the entity a
// selection names): a text box whose suggestions come from the loaded graph's names and aliases at
// once and from the API's `search` (every document's entities) a moment later, as a list of buttons
// (Tab and Enter reach them). The choice is shown with a Change button that starts again.
import { normaliseText } from '../../../graph/src/normalise.ts';
import type { Api, GraphNode, NodeKind } from '../api.ts';
import type { Catalog } from '../catalog.ts';
import { h, replace } from '../dom.ts';
import { kindSwatch } from '../legend.ts';

/** Suggestions shown at most */
const SHOWN = 8;
/** Wait this long after the last key before asking the server */
const DEBOUNCE_MS = 150;

export interface PickedEntity {
  id: string;
  kind: NodeKind;
  name: string;
}

/** The loaded nodes whose name or an alias contains `text` (case and accents ignored), this document's first, then by name. */
export function localMatches(nodes: Iterable<GraphNode>, text: string, document: string): PickedEntity[] {
  const wanted = normaliseText(text);
  if (wanted === '') return [];
  const found: { node: GraphNode; here: boolean; exact: boolean }[] = [];
  for (const node of nodes) {
    const names = [node.name, ...node.aliases].map(normaliseText);
    if (!names.some((n) => n.includes(wanted) || (wanted.includes(n) && n.length > 3))) continue;
    found.push({ node, here: node.evidence.some((e) => e.document === document), exact: names.includes(wanted) });
  }
  found.sort((a, b) => Number(b.exact) - Number(a.exact) || Number(b.here) - Number(a.here) || a.node.name.localeCompare(b.node.name));
  return found.map(({ node }) => ({ id: node.id, kind: node.kind, name: node.name }));
}

export class EntityPicker {
  readonly element: HTMLElement;
  private readonly input: HTMLInputElement;
  private readonly list: HTMLElement;
  private picked: PickedEntity | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private asked = 0;

  constructor(
    private readonly options: {
      /** The text box's id (its label points at it) */
      id: string;
      label: string;
      catalog: Catalog;
      api: Pick<Api, 'search'>;
      document: string;
      /** Called when the choice changes */
      changed: () => void;
      /** Words to start suggesting from */
      text?: string;
      picked?: PickedEntity | null;
    },
  ) {
    this.input = h('input', { id: options.id, type: 'text', autocomplete: 'off', spellcheck: 'false', value: options.text ?? '' });
    this.list = h('ul', { class: 'wb-suggestions', 'aria-label': `Suggestions for ${options.label}` });
    this.element = h('div', { class: 'wb-picker', 'data-picker': options.id });
    this.input.addEventListener('input', () => this.suggest());
    this.picked = options.picked ?? null;
    this.draw();
    if (!this.picked && this.input.value.trim() !== '') this.suggest();
  }

  get value(): PickedEntity | null {
    return this.picked;
  }

  /** Take the focus: the text box, or the Change button once chosen. */
  focus(): void {
    (this.picked ? this.element.querySelector<HTMLElement>('.wb-change') : this.input)?.focus();
  }

  private choose(entity: PickedEntity | null): void {
    this.picked = entity;
    this.draw();
    this.options.changed();
    this.focus();
  }

  private draw(): void {
    const { label, id } = this.options;
    if (this.picked) {
      const p = this.picked;
      const change = h('button', { type: 'button', class: 'small-button wb-change', 'aria-label': `Change ${label}: ${p.name}` }, 'Change');
      change.addEventListener('click', () => this.choose(null));
      replace(
        this.element,
        h('span', { class: 'wb-label' }, label),
        h(
          'span',
          { class: 'wb-picked', 'data-id': p.id },
          kindSwatch(p.kind, 14),
          ` ${p.name} `,
          h('span', { class: 'muted small' }, `${p.kind} · ${p.id}`),
        ),
        change,
      );
      return;
    }
    replace(this.element, h('label', { for: id, class: 'wb-label' }, label), this.input, this.list);
  }

  private showHits(hits: readonly PickedEntity[], text: string): void {
    const seen = new Set<string>();
    const items = hits
      .filter((hit) => !seen.has(hit.id) && seen.add(hit.id))
      .slice(0, SHOWN)
      .map((hit) => {
        const button = h(
          'button',
          { type: 'button', class: 'wb-suggestion', 'data-id': hit.id },
          kindSwatch(hit.kind, 12),
          ` ${hit.name} `,
          h('span', { class: 'muted small' }, hit.kind),
        );
        button.addEventListener('click', () => this.choose(hit));
        return h('li', {}, button);
      });
    replace(this.list, ...(items.length > 0 ? items : [h('li', { class: 'muted small' }, `Nothing in the graph is named “${text}”.`)]));
  }

  private suggest(): void {
    clearTimeout(this.timer);
    const text = this.input.value.trim();
    const ticket = ++this.asked;
    if (text === '') {
      replace(this.list);
      return;
    }
    const local = localMatches(this.options.catalog.nodes.values(), text, this.options.document);
    this.showHits(local, text);
    this.timer = setTimeout(() => {
      this.options.api.search(text).then(
        (hits) => {
          if (ticket === this.asked) this.showHits([...local, ...hits], text);
        },
        // The graph's own names are still listed; the server's search failing hides nothing else.
        () => undefined,
      );
    }, DEBOUNCE_MS);
  }
}
