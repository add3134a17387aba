// The workbench's three forms: a new node from the selected words (kind, name, suggested id; or an
// entity the graph has), a relation with the selection as its quote (source, a type among those the
// model allows between the two kinds, target, the properties the type requires), and the edit of
// a node's fields. Each hands what the reader filled in to `save`; the workbench sends it and shows
// the answer. Escape anywhere in a form closes it (the workbench gives the focus back).
import { NODE_KINDS, RELATIONS, type NodeKind, type RelationType } from '../../../graph/src/model.ts';
import type { EdgeInput, NodeInput, NodePatch } from '../annotate-api.ts';
import { isNodeKind, isRelationType, relationTypesBetween, requiredProperties, suggestId, type TextSelection } from '../annotate-model.ts';
import type { Api, GraphNode } from '../api.ts';
import type { Catalog } from '../catalog.ts';
import { h, replace } from '../dom.ts';
import { EntityPicker, localMatches, type PickedEntity } from './workbench-picker.ts';

export interface FormHost {
  catalog: Catalog;
  api: Pick<Api, 'search'>;
  document: string;
  /** Close the form (Cancel, Escape) */
  close(): void;
}

export type NodeChoice = { type: 'new'; node: NodeInput } | { type: 'link'; entity: PickedEntity };

function field(label: string, control: HTMLElement, hint?: string): HTMLElement {
  return h(
    'div',
    { class: 'wb-field' },
    h('label', { for: control.id, class: 'wb-label' }, label),
    control,
    hint && h('p', { class: 'muted small' }, hint),
  );
}

function formShell(host: FormHost, id: string, title: string, submit: HTMLButtonElement | string, ...body: HTMLElement[]): HTMLFormElement {
  const button = typeof submit === 'string' ? h('button', { type: 'submit', class: 'wb-primary', id: `${id}-submit` }, submit) : submit;
  const cancel = h('button', { type: 'button', class: 'small-button', id: `${id}-cancel` }, 'Cancel');
  cancel.addEventListener('click', () => host.close());
  const form = h(
    'form',
    { class: 'wb-form', id, 'aria-label': title },
    h('h3', {}, title),
    ...body,
    h('div', { class: 'wb-buttons' }, button, cancel),
  );
  form.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    host.close();
  });
  return form;
}

const quoteLine = (quote: TextSelection) => h('p', { class: 'wb-quote-line' }, `¶ ${quote.paragraph} · “${quote.quote}”`);

/** The kind a name most likely has: the kind of the loaded node it names exactly, else Person. */
function likelyKind(catalog: Catalog, name: string, document: string): NodeKind {
  const exact = localMatches(catalog.nodes.values(), name, document)[0];
  return exact ? exact.kind : 'Person';
}

export function nodeForm(host: FormHost, quote: TextSelection, save: (choice: NodeChoice) => void): HTMLFormElement {
  const kind = h(
    'select',
    { id: 'wb-kind' },
    ...NODE_KINDS.map((k) => h('option', { value: k, selected: k === likelyKind(host.catalog, quote.quote, host.document) }, k)),
  );
  const name = h('input', { id: 'wb-name', type: 'text', value: quote.quote, autocomplete: 'off', required: true });
  const taken = () => new Set(host.catalog.nodes.keys());
  const id = h('input', { id: 'wb-id', type: 'text', value: suggestId(quote.quote, taken()), autocomplete: 'off', spellcheck: 'false' });
  const aliases = h('input', { id: 'wb-aliases', type: 'text', autocomplete: 'off' });
  // The id follows the name until the reader types one of their own.
  let ownId = false;
  id.addEventListener('input', () => (ownId = id.value !== ''));
  name.addEventListener('input', () => {
    if (!ownId) id.value = suggestId(name.value, taken());
  });
  const submit = h('button', { type: 'submit', class: 'wb-primary', id: 'wb-node-form-submit' }, 'Add node');
  const link = new EntityPicker({
    id: 'wb-link',
    label: 'Or the entity it names',
    catalog: host.catalog,
    api: host.api,
    document: host.document,
    text: quote.quote,
    changed: () => {
      submit.textContent = link.value ? `Add as evidence of ${link.value.name}` : 'Add node';
    },
  });
  const form = formShell(
    host,
    'wb-node-form',
    'Add a node',
    submit,
    quoteLine(quote),
    field('Kind', kind),
    field('Name', name),
    field('Id', id, 'A lower-case slug, suggested from the name.'),
    field('Aliases', aliases, 'Other names this document uses, separated by commas (optional).'),
    link.element,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (link.value) return save({ type: 'link', entity: link.value });
    if (!isNodeKind(kind.value)) return;
    const aliasList = aliases.value
      .split(',')
      .map((a) => a.trim())
      .filter((a) => a !== '');
    save({
      type: 'new',
      node: {
        kind: kind.value,
        name: name.value.trim(),
        ...(id.value.trim() !== '' ? { id: id.value.trim() } : {}),
        ...(aliasList.length > 0 ? { aliases: aliasList } : {}),
        evidence: [{ paragraph: quote.paragraph, quote: quote.quote }],
      },
    });
  });
  return form;
}

export interface EdgePreset {
  source?: PickedEntity | null;
  target?: PickedEntity | null;
  type?: RelationType | null;
  negative?: boolean;
}

export function edgeForm(host: FormHost, quote: TextSelection, preset: EdgePreset, save: (edge: EdgeInput) => void): HTMLFormElement {
  const type = h('select', { id: 'wb-type' });
  const typeHint = h('p', { class: 'muted small', id: 'wb-type-hint' });
  const properties = h('div', { class: 'wb-properties' });
  const negative = h('input', { id: 'wb-negative', type: 'checkbox', checked: preset.negative === true });
  const update = () => {
    const s = source.value;
    const t = target.value;
    const allowed = s && t ? relationTypesBetween(s.kind, t.kind) : [];
    const current = isRelationType(type.value) && allowed.includes(type.value) ? type.value : null;
    const keep = current ?? (preset.type && allowed.includes(preset.type) ? preset.type : allowed[0]);
    replace(type, ...allowed.map((r) => h('option', { value: r, selected: r === keep }, `${r} (${RELATIONS[r].description})`)));
    type.disabled = allowed.length === 0;
    typeHint.textContent =
      !s || !t
        ? 'Choose both ends: the types the model allows between their kinds are offered.'
        : allowed.length === 0
          ? `The model allows no relation from a ${s.kind} to a ${t.kind}.`
          : '';
    drawProperties();
  };
  const drawProperties = () => {
    const wanted = isRelationType(type.value) ? requiredProperties(type.value) : [];
    replace(
      properties,
      ...wanted.map((p) =>
        field(
          p.key,
          h('input', { id: `wb-prop-${p.key}`, 'data-key': p.key, type: p.type === 'number' ? 'number' : 'text', required: true }),
          p.type === 'number' ? 'A number' : undefined,
        ),
      ),
    );
  };
  const common = { catalog: host.catalog, api: host.api, document: host.document, changed: update };
  const source = new EntityPicker({ ...common, id: 'wb-source', label: 'Source', picked: preset.source ?? null });
  const target = new EntityPicker({ ...common, id: 'wb-target', label: 'Target', picked: preset.target ?? null });
  type.addEventListener('change', drawProperties);
  const form = formShell(
    host,
    'wb-edge-form',
    'Add a relation',
    'Add relation',
    quoteLine(quote),
    source.element,
    field('Type', type),
    typeHint,
    target.element,
    properties,
    h('div', { class: 'wb-field wb-check' }, negative, h('label', { for: 'wb-negative' }, 'It did not happen (a negative fact)')),
  );
  update();
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const s = source.value;
    const t = target.value;
    if (!s || !t || !isRelationType(type.value)) {
      typeHint.textContent = 'Choose the source, the target and a type first.';
      return;
    }
    const props = [...properties.querySelectorAll<HTMLInputElement>('input[data-key]')].map((input) => ({
      key: input.dataset['key'] ?? '',
      value: input.value.trim(),
    }));
    save({
      type: type.value,
      source: s.id,
      target: t.id,
      ...(props.length > 0 ? { properties: props } : {}),
      ...(negative.checked ? { negative: true } : {}),
      evidence: [{ paragraph: quote.paragraph, quote: quote.quote }],
    });
  });
  return form;
}

/** The fields of a node that may change (updateNode), each left out of the patch when unchanged. */
export function editNodeForm(host: FormHost, node: GraphNode, save: (patch: NodePatch) => void): HTMLFormElement {
  const name = h('input', { id: 'wb-edit-name', type: 'text', value: node.name, required: true });
  const aliases = h('input', { id: 'wb-edit-aliases', type: 'text', value: node.aliases.join(', ') });
  const description = h('input', { id: 'wb-edit-description', type: 'text', value: node.description ?? '' });
  const date = h('input', { id: 'wb-edit-date', type: 'text', value: node.date ?? '', placeholder: '2021-09 or 2021/2021-09-20' });
  const form = formShell(
    host,
    'wb-edit-form',
    `Edit ${node.kind} ${node.name}`,
    'Save changes',
    field('Name', name),
    field('Aliases', aliases, 'Separated by commas.'),
    field('Description', description),
    field('Date', date, 'ISO 8601 with the text’s precision.'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const patch: NodePatch = {};
    const aliasList = aliases.value
      .split(',')
      .map((a) => a.trim())
      .filter((a) => a !== '');
    if (name.value.trim() !== node.name) patch.name = name.value.trim();
    if (aliasList.join('\n') !== node.aliases.join('\n')) patch.aliases = aliasList;
    if (description.value.trim() !== (node.description ?? '')) patch.description = description.value.trim();
    if (date.value.trim() !== (node.date ?? '')) patch.date = date.value.trim();
    save(patch);
  });
  return form;
}
