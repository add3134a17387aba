// The status line over the stage: short notices that go away by themselves, problems that stay, and
// the overlay of the first load (loading, or what failed with a way to try again).
import { ApiError } from './api.ts';
import { describeError } from './context.ts';
import { h, replace } from './dom.ts';

/** How long a notice stays up; errors stay until the next message. */
const NOTICE_MS = 4000;

export class StatusLine {
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly element: HTMLElement) {}

  /** Say something (what just happened, or a problem). */
  announce(message: string, tone: 'info' | 'error' = 'info'): void {
    clearTimeout(this.timer);
    this.element.className = `status ${tone}`;
    replace(this.element, message);
    if (tone === 'info') this.timer = setTimeout(() => replace(this.element), NOTICE_MS);
  }

  loading(): void {
    replace(this.element, h('p', { class: 'loading' }, 'Loading the graph…'));
    this.element.className = 'status overlay';
  }

  clear(): void {
    replace(this.element);
    this.element.className = 'status';
  }

  /** The first load failed: say why, with the server's detail folded away, and offer to try again. */
  loadFailed(error: unknown, retry: () => void): void {
    this.element.className = 'status overlay error';
    replace(
      this.element,
      h(
        'div',
        { class: 'error-block', role: 'alert' },
        h('p', {}, h('strong', {}, 'The graph could not be loaded. '), describeError(error)),
        error instanceof ApiError && error.detail ? h('details', {}, h('summary', {}, 'Technical detail'), h('pre', {}, error.detail)) : '',
        h('button', { type: 'button', class: 'small-button', onClick: retry }, 'Try again'),
      ),
    );
  }
}
