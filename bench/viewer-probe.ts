// Runs in the page before the viewer's own scripts (page.addInitScript): it notes when the
// viewer's `graph` answer has arrived, every frame Cytoscape draws, every layout's start and stop,
// every pointer input and every selection, all on the page's performance.now() clock. It reaches
// Cytoscape through the viewer's test hook window.__tg, caught the moment main.ts sets it.

interface Probe {
  graphResponse: { at: number; text: string } | null;
  renders: number[];
  layouts: { name: string; start: number; stop?: number }[];
  /** The options of the viewer's first layout, to re-run it on the same elements */
  firstLayoutOptions: Record<string, unknown> | null;
  inputs: { type: string; at: number }[];
  /** Every element Cytoscape selected, and when: a click counts once its target is selected */
  selects: { id: string; at: number }[];
}

interface ProbeCy {
  on(
    events: string,
    handler: (event: { layout?: { options?: Record<string, unknown> & { name?: string } }; target: { id(): string } }) => void,
  ): void;
  elements(): { length: number };
  renderer(): { render(options?: { forcedContext?: unknown }): void } | undefined;
}

export function installProbe(): void {
  const probe: Probe = { graphResponse: null, renders: [], layouts: [], inputs: [], selects: [], firstLayoutOptions: null };
  (window as unknown as { __bench: Probe }).__bench = probe;
  const fetchBefore = window.fetch.bind(window);
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const response = await fetchBefore(input, init);
    if (typeof init?.body === 'string' && init.body.includes('query Graph')) {
      // Read the whole body first: "the API response" is the moment its last byte is here.
      const text = await response.clone().text();
      probe.graphResponse = { at: performance.now(), text };
    }
    return response;
  };
  for (const type of ['pointermove', 'click']) {
    document.addEventListener(
      type,
      (e) => {
        if (type === 'click' || (e as PointerEvent).buttons === 1) probe.inputs.push({ type, at: e.timeStamp });
      },
      { capture: true },
    );
  }
  let hook: { cy: ProbeCy } | undefined;
  Object.defineProperty(window, '__tg', {
    configurable: true,
    get: () => hook,
    set: (value: { cy: ProbeCy }) => {
      hook = value;
      // A frame is noted when Cytoscape's renderer has finished drawing it. Cytoscape emits
      // `render` only from its 2D-canvas drawing; with its WebGL mode on, the same renderer's
      // render() draws through WebGL and emits nothing. So the probe wraps render() itself, which
      // every frame goes through in either mode (a forced context is an export, not a frame).
      const renderer = value.cy.renderer();
      if (renderer) {
        const draw = renderer.render.bind(renderer);
        renderer.render = (options) => {
          draw(options);
          if (!options?.forcedContext && value.cy.elements().length > 0) probe.renders.push(performance.now());
        };
      }
      value.cy.on('select', (e) => probe.selects.push({ id: e.target.id(), at: performance.now() }));
      value.cy.on('layoutstart', (e) => {
        probe.layouts.push({ name: e.layout?.options?.name ?? '?', start: performance.now() });
        probe.firstLayoutOptions ??= e.layout?.options ?? null;
      });
      value.cy.on('layoutstop', () => {
        const last = probe.layouts.at(-1);
        if (last && last.stop === undefined) last.stop = performance.now();
      });
    },
  });
}
