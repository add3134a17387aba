// Keyboard focus across re-renders. A panel is rebuilt from the state on every change that touches
// it, which replaces the focused element: focus is put back on its counterpart, so a keyboard user
// who ticks a filter or opens a relation stays where they were.

const FOCUSABLE = 'button, input, select, a[href], [tabindex]';

/** What identifies a focused element across a rebuild: its id, its label, and its place among the focusable ones. */
export interface FocusMark {
  id: string;
  label: string | null;
  index: number;
}

/**
 * Which of the rebuilt focusable elements (given by label, in order) takes the focus back: the one
 * with the same label, or else the one at the same place; -1 for none. (An element with the same id
 * wins over both; the DOM part looks that up, as it may sit outside the panel.)
 */
export function refocusIndex(mark: FocusMark, labels: ReadonlyArray<string | null>): number {
  const byLabel = labels.indexOf(mark.label);
  if (byLabel >= 0) return byLabel;
  return mark.index >= 0 && mark.index < labels.length ? mark.index : -1;
}

const labelOf = (el: Element) => el.getAttribute('aria-label') ?? el.textContent;

/** Run `update`, which rebuilds `container`, keeping keyboard focus on the counterpart of the element that had it. */
export function keepFocus(container: HTMLElement, update: () => void): void {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement) || !container.contains(active)) {
    update();
    return;
  }
  const before = [...container.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const mark: FocusMark = { id: active.id, label: labelOf(active), index: before.indexOf(active) };
  update();
  const after = [...container.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const target = (mark.id ? document.getElementById(mark.id) : null) ?? after[refocusIndex(mark, after.map(labelOf))];
  target?.focus({ preventScroll: true });
}

/**
 * Scroll a panel (not the page) so its selected item is in sight: a deep link to step 3 of a trace
 * should show step 3. On a phone the panels do not scroll themselves, and this does nothing.
 */
export function revealSelected(panel: HTMLElement): void {
  const item = panel.querySelector('.selected');
  if (!item) return;
  const box = panel.getBoundingClientRect();
  const at = item.getBoundingClientRect();
  if (at.top < box.top || at.bottom > box.bottom) panel.scrollTop += at.top - box.top - 48;
}

/** The tab a key moves to from tab `at` of `count` (arrows wrap around; Home, End), or null for a key that does not move. */
export function tabMove(key: string, at: number, count: number): number | null {
  switch (key) {
    case 'ArrowRight':
      return (at + 1) % count;
    case 'ArrowLeft':
      return (at + count - 1) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
