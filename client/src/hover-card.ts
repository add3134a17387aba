// A card naming what is under the pointer or the keyboard focus on a canvas: the name (whole, as
// the label may be left out or wrapped, see label-placement.ts), the kind or the relation in
// words, and the first quote behind it with its document and paragraph. With the canvas focused,
// n and p move the focus through the nodes in reading order, r through the focused node's
// relations, Enter selects, Escape puts the card away: the graph can be read without a mouse.
import type cytoscape from 'cytoscape';
import type { Catalog } from './catalog.ts';
import { type DocumentNaming, paragraphRef } from './document-label.ts';
import { h, replace } from './dom.ts';
import { kindSwatch } from './legend.ts';
import type { Action } from './state.ts';
import { edgeLabel, relationWords } from './style.ts';
import './hover-card.css';

/** Quotes longer than this are cut (at a space) on the card; the details panel has them whole. */
const QUOTE_CHARS = 220;

export interface CardContent {
  title: string;
  /** The kind ("Person") or the relation in words ("attended") */
  kind: string;
  /** For the swatch: the node's kind, or null for a relation */
  swatch: string | null;
  negative: boolean;
  quote: { text: string; ref: { text: string; title: string } } | null;
}

export interface CardSources {
  catalog: Pick<Catalog, 'nodes' | 'edges' | 'nodeName'>;
  documents: ReadonlyMap<string, DocumentNaming>;
}

function shortQuote(quote: string): string {
  if (quote.length <= QUOTE_CHARS) return quote;
  const cut = quote.lastIndexOf(' ', QUOTE_CHARS - 1);
  return `${quote.slice(0, cut > QUOTE_CHARS / 2 ? cut : QUOTE_CHARS - 1)}…`;
}

function firstQuote(
  evidence: ReadonlyArray<{ document: string; paragraph: number; quote: string }>,
  documents: CardSources['documents'],
): CardContent['quote'] {
  const first = evidence[0];
  return first ? { text: shortQuote(first.quote), ref: paragraphRef(documents, first.document, first.paragraph) } : null;
}

/**
 * What the card says about element `id` (a node or an edge); `drawn` is what the canvas draws
 * (its label and kind) for elements the catalog does not know, such as a trace's end marker.
 */
export function cardContent(
  id: string,
  group: 'nodes' | 'edges',
  sources: CardSources,
  drawn: { label: string; kind: string },
): CardContent {
  const { catalog, documents } = sources;
  if (group === 'nodes') {
    const node = catalog.nodes.get(id);
    if (!node) return { title: drawn.label, kind: drawn.kind, swatch: drawn.kind || null, negative: false, quote: null };
    return { title: node.name, kind: node.kind, swatch: node.kind, negative: node.negative, quote: firstQuote(node.evidence, documents) };
  }
  const edge = catalog.edges.get(id);
  if (!edge) return { title: drawn.label, kind: 'relation', swatch: null, negative: false, quote: null };
  const label = edgeLabel(edge.type, edge.properties);
  const words = relationWords(edge.type);
  return {
    title: `${catalog.nodeName(edge.source)} — ${label} → ${catalog.nodeName(edge.target)}`,
    kind: label === words ? `relation: ${words}` : `relation: ${words} (${label})`,
    swatch: null,
    negative: edge.negative,
    quote: firstQuote(edge.evidence, documents),
  };
}

/** Nodes in reading order: rows of about a label's height from the top, left to right in a row. */
export function readingOrder(nodes: ReadonlyArray<{ id: string; x: number; y: number }>, row = 40): string[] {
  return [...nodes].sort((a, b) => Math.floor(a.y / row) - Math.floor(b.y / row) || a.x - b.x || (a.id < b.id ? -1 : 1)).map((n) => n.id);
}

export class HoverCard {
  readonly element: HTMLElement;
  private focused: cytoscape.SingularElementArgument | null = null;
  private hovered: cytoscape.SingularElementArgument | null = null;
  /** A button or finger is down on the canvas */
  private pressed = false;

  constructor(
    private readonly cy: cytoscape.Core,
    private readonly container: HTMLElement,
    private readonly sources: CardSources,
    private readonly dispatch: (action: Action) => void,
  ) {
    this.element = h('div', { class: 'hover-card', role: 'tooltip', id: `${container.id}-card`, hidden: true });
    container.append(this.element);
    cy.on('mouseover', 'node, edge', (e) => {
      if (this.pressed) return; // dragging the view or a node: no card under the moving pointer
      this.hovered = e.target;
      this.show(e.target);
    });
    cy.on('mouseout', 'node, edge', () => {
      this.hovered = null;
      if (this.focused) this.show(this.focused);
      else this.hide();
    });
    // The card points at a place on screen: when the view moves, the keyboard's follows and the
    // pointer's goes (placing it on every frame of a pan would cost a layout of the page each).
    cy.on('viewport', () => {
      if (this.element.hidden) return;
      if (this.focused && !this.hovered) this.place(this.focused);
      else {
        this.hovered = null;
        this.hide();
      }
    });
    cy.on('tapstart', () => {
      this.pressed = true;
      this.hovered = null;
      this.hide();
    });
    cy.on('tapend', () => {
      this.pressed = false;
    });
    container.addEventListener('keydown', (event) => this.onKey(event));
    container.addEventListener('blur', () => this.clearFocus());
  }

  private onKey(event: KeyboardEvent): void {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const key = event.key;
    if (key === 'n' || key === 'p') this.moveFocus(key === 'n' ? 1 : -1);
    else if (key === 'r' || key === 'R') this.moveAlongRelations(key === 'r' ? 1 : -1);
    else if (key === 'Enter' && this.focused) {
      const target = this.focused;
      this.dispatch({ type: 'select', selection: { type: target.isNode() ? 'node' : 'edge', id: target.id() } });
    } else if (key === 'Escape' && this.focused) this.clearFocus();
    else return;
    event.preventDefault();
    // Escape also clears the selection (wiring.ts); stopping it here would keep both.
    if (key !== 'Escape') event.stopPropagation();
  }

  private moveFocus(step: 1 | -1): void {
    const nodes = this.cy.nodes(':visible');
    if (nodes.empty()) return;
    const order = readingOrder(nodes.map((n) => ({ id: n.id(), x: n.position('x'), y: n.position('y') })));
    const at = this.focused?.isNode() ? order.indexOf(this.focused.id()) : -1;
    const next = order[at < 0 ? (step > 0 ? 0 : order.length - 1) : (at + step + order.length) % order.length];
    if (next !== undefined) this.focus(this.cy.getElementById(next));
  }

  private moveAlongRelations(step: 1 | -1): void {
    const focused = this.focused;
    if (!focused) {
      this.moveFocus(1);
      return;
    }
    const node = focused.isNode() ? focused : null;
    const around = node ?? this.cy.getElementById(String(focused.data('source')));
    const edges = around.connectedEdges().filter((e) => e.visible());
    if (edges.empty()) return;
    const ids = edges.map((e) => e.id());
    const at = node ? -1 : ids.indexOf(focused.id());
    const next = ids[at < 0 ? (step > 0 ? 0 : ids.length - 1) : (at + step + ids.length) % ids.length];
    if (next !== undefined) this.focus(this.cy.getElementById(next));
  }

  private focus(target: cytoscape.CollectionReturnValue): void {
    this.focused?.removeClass('kbd-focus');
    const one = target.first();
    this.focused = one;
    one.addClass('kbd-focus');
    // Off screen: bring it into view first (the card is placed after the pan).
    const box = one.renderedBoundingBox({ includeLabels: false });
    if (box.x1 < 0 || box.y1 < 0 || box.x2 > this.cy.width() || box.y2 > this.cy.height()) this.cy.center(one);
    this.show(one);
    this.container.setAttribute('aria-describedby', this.element.id);
  }

  private clearFocus(): void {
    this.focused?.removeClass('kbd-focus');
    this.focused = null;
    this.container.removeAttribute('aria-describedby');
    if (!this.hovered) this.hide();
  }

  private show(target: cytoscape.SingularElementArgument): void {
    const content = cardContent(target.id(), target.isNode() ? 'nodes' : 'edges', this.sources, {
      label: String(target.data('label') ?? target.id()),
      kind: String(target.data('kind') ?? ''),
    });
    replace(
      this.element,
      h(
        'p',
        { class: 'card-kind' },
        content.swatch ? kindSwatch(content.swatch, 14, content.negative) : '',
        content.negative ? `${content.kind} · did not happen` : content.kind,
      ),
      h('p', { class: 'card-title' }, content.title),
      content.quote
        ? h(
            'blockquote',
            { class: 'card-quote' },
            `“${content.quote.text}”`,
            h('span', { class: 'card-ref', title: content.quote.ref.title }, ` ${content.quote.ref.text}`),
          )
        : '',
      this.focused === target ? h('p', { class: 'card-hint' }, 'Enter selects · n/p next node · r its relations') : '',
    );
    this.element.hidden = false;
    this.place(target);
  }

  /** Beside the element, inside the canvas: flipped to the other side where it would run off. */
  private place(target: cytoscape.SingularElementArgument): void {
    const at = target.isNode() ? target.renderedPosition() : target.renderedMidpoint();
    const gap = target.isNode() ? target.renderedOuterWidth() / 2 + 10 : 12;
    const width = this.element.offsetWidth;
    const height = this.element.offsetHeight;
    const room = { width: this.container.clientWidth, height: this.container.clientHeight };
    let left = at.x + gap;
    if (left + width > room.width - 4) left = at.x - gap - width;
    let top = at.y - height / 2;
    top = Math.min(Math.max(top, 4), Math.max(4, room.height - height - 4));
    this.element.style.left = `${Math.max(4, Math.round(left))}px`;
    this.element.style.top = `${Math.round(top)}px`;
  }

  private hide(): void {
    this.element.hidden = true;
  }
}
