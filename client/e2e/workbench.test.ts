// The annotate workbench in Chromium against the real `npm run annotate` server
// (server/src/annotate/cli.ts) on a temporary data folder: a fictional summary ingested with
// `npm run ingest` (drafts only, nothing reviewed), less the drafts of two people and a briefing so
// that the test can add them. By selecting words with the mouse (and by keyboard for one) it adds
// the two people, the briefing and an ATTENDED relation, accepts one draft, rejects another, edits
// a draft node and a draft relation, meets a refusal and a conflict, and undoes a change; the graph
// shows what was added; then the seed
// (`npm run seed -- --data DIR`) takes the file. Every click, drag and key is counted, here and in
// the annotation of the Ishmael summary's paragraph 5 (the README's measurement). A token given to
// a server that is not in annotate mode (npm start) shows no workbench. Screenshots
// in test-results/screenshots/workbench-*.png. Needs the built viewer (npm test builds it first).
import { type ChildProcess, spawn } from 'node:child_process';
import { appendFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isMap, isSeq, parseDocument } from 'yaml';
import { z } from 'zod';
import { loadGraph } from '../../seed/index.ts';
import { launchChromium } from '../../test/chromium.ts';
import { FIXTURE_DATA_DIR, ISHMAEL_DOCUMENT_ID as ISHMAEL } from '../../test/fixtures.ts';
import { freePort } from '../../test/local-neo4j.ts';
import { DIST_INDEX, RUN_BROWSER_SUITES, startViewer } from './harness.ts';
import { paragraphItems } from './paragraph-items.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));
const DOC = 'stage1-interview-summary-marisol-quennell';
/** A fictional summary of the drafter's gold corpus (invented people and party), read only. */
const FICTIONAL = fileURLToPath(new URL(`../../test/fixtures/corpus/documents/${DOC}.txt`, import.meta.url));
/** Drafts taken out of the ingested file, so that the workbench adds these entities by hand. */
const LEFT_OUT = ['gideon-farrow', 'hamid-okonjo', 'site-briefings-for-the-2021-election'];

/** Runs one of the project's CLIs as `npm run` does (tsx), returning its exit code and output. */
function run(script: string, args: readonly string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => resolve({ code, out }));
  });
}

/** `npm run annotate -- --data DIR` on a free port; resolves with the URL it prints (with the token). */
async function startAnnotate(data: string): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/annotate/cli.ts', '--data', data], {
    cwd: ROOT,
    env: { ...process.env, NEO4J_URI: '', HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  if (child.stderr) createInterface({ input: child.stderr }).on('line', (line) => lines.push(line));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm run annotate printed no URL within 90 s:\n${lines.join('\n')}`)), 90_000);
    if (child.stdout) {
      createInterface({ input: child.stdout }).on('line', (line) => {
        lines.push(line);
        if (/^http:\/\/127\.0\.0\.1:\d+\/\?token=\S+$/.test(line)) {
          clearTimeout(timer);
          resolve(line);
        }
      });
    }
    child.on('exit', (code) => reject(new Error(`npm run annotate exited (${code}):\n${lines.join('\n')}`)));
  });
  return { child, url };
}

/** The ingested file without the drafts of LEFT_OUT and the relations that join them. */
function withoutDrafts(yamlText: string): string {
  const doc = parseDocument(yamlText);
  const idOf = (item: unknown, key: string) => (isMap(item) ? String(item.get(key) ?? '') : '');
  const nodes = doc.get('nodes');
  const edges = doc.get('edges');
  if (!isSeq(nodes) || !isSeq(edges)) throw new Error('the ingested annotation has no nodes or edges list');
  const found = nodes.items.filter((n) => LEFT_OUT.includes(idOf(n, 'id'))).map((n) => idOf(n, 'id'));
  if (found.length !== LEFT_OUT.length)
    throw new Error(`the drafter no longer proposes ${LEFT_OUT.join(', ')}: it found ${found.join(', ')}`);
  nodes.items = nodes.items.filter((n) => !LEFT_OUT.includes(idOf(n, 'id')));
  edges.items = edges.items.filter((e) => !LEFT_OUT.includes(idOf(e, 'source')) && !LEFT_OUT.includes(idOf(e, 'target')));
  return doc.toString();
}

const SeededGraph = z.object({
  nodes: z.array(z.object({ id: z.string(), kind: z.string(), name: z.string() })),
  edges: z.array(z.object({ id: z.string(), type: z.string(), source: z.string(), target: z.string() })),
});

/** What a person does to the page, counted: clicks, drags (one per selection of words) and keys. */
class Hands {
  clicks = 0;
  drags = 0;
  keys = 0;
  constructor(private readonly page: Page) {}

  async click(selector: string): Promise<void> {
    this.clicks++;
    await this.page.locator(selector).click();
  }
  async press(key: string, times = 1): Promise<void> {
    for (let i = 0; i < times; i++) {
      this.keys++;
      await this.page.keyboard.press(key);
    }
  }
  async type(text: string): Promise<void> {
    this.keys += text.length;
    await this.page.keyboard.type(text);
  }
  /** Select `words` of paragraph `n` as a person does: press the button on the first letter, drag to the last, let go. */
  async select(n: number, words: string): Promise<void> {
    const page = this.page;
    await page.locator(`#reader-p-${n} .reader-words`).scrollIntoViewIfNeeded();
    const rects = await page.evaluate(
      ({ n, words }) => {
        const el = document.querySelector(`#reader-p-${n} .reader-words`);
        if (!el) throw new Error(`no paragraph ${n}`);
        const start = (el.textContent ?? '').indexOf(words);
        if (start < 0) throw new Error(`paragraph ${n} does not say "${words}"`);
        const found: { x: number; y: number; w: number; h: number }[] = [];
        for (const i of [start, start + words.length - 1]) {
          const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
          let at = 0;
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const length = (node.textContent ?? '').length;
            if (i >= at && i < at + length) {
              const range = document.createRange();
              range.setStart(node, i - at);
              range.setEnd(node, i - at + 1);
              const box = range.getBoundingClientRect();
              found.push({ x: box.left, y: box.top, w: box.width, h: box.height });
              break;
            }
            at += length;
          }
        }
        return found;
      },
      { n, words },
    );
    const [first, last] = rects;
    if (!first || !last) throw new Error(`could not find the letters of "${words}" in paragraph ${n}`);
    this.drags++;
    await page.mouse.move(first.x + 1, first.y + first.h / 2);
    await page.mouse.down();
    await page.mouse.move(last.x + last.w - 1, last.y + last.h / 2, { steps: 6 });
    await page.mouse.up();
    await page.waitForFunction((w) => (document.getElementById('wb-quote') as HTMLInputElement | null)?.value === w, words);
  }
  total(): { clicks: number; drags: number; keys: number } {
    return { clicks: this.clicks, drags: this.drags, keys: this.keys };
  }
}

/** Waits until the workbench's message says `pattern` (it says "Saving…" first); fails with what it says instead. */
async function message(page: Page, pattern: RegExp): Promise<string> {
  try {
    await page.waitForFunction(
      (source) => new RegExp(source).test(document.getElementById('wb-message')?.textContent ?? ''),
      pattern.source,
      {
        timeout: 20_000,
      },
    );
  } catch {
    throw new Error(`the workbench says "${await page.locator('#wb-message').textContent()}", not ${pattern}`);
  }
  return (await page.locator('#wb-message').textContent()) ?? '';
}

/** Tab until `id` has the focus; the presses are counted. */
async function tabTo(page: Page, hands: Hands, id: string): Promise<void> {
  for (let i = 0; i < 12; i++) {
    if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
    await hands.press('Tab');
  }
  throw new Error(`Tab never reached #${id}`);
}

describe.runIf(RUN_BROWSER_SUITES)('a token on a server that is not in annotate mode', () => {
  it('shows no workbench, forgets the token and says the viewer only reads', async () => {
    const viewer = await startViewer(await loadGraph(FIXTURE_DATA_DIR));
    try {
      const page = await viewer.browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(`${viewer.base}?token=not-a-token#mode=read&doc=${ISHMAEL}&p=5`);
      await page.waitForFunction(() => window.__tg?.loaded() === true);
      await page.waitForFunction(() => (document.getElementById('status')?.textContent ?? '').includes('not in annotate mode'));
      expect(
        await page.evaluate(() => ({
          workbench: document.getElementById('workbench') !== null,
          kept: Object.keys(sessionStorage),
          url: location.href.includes('token'),
          reader: document.querySelector('#reader-p-5.current') !== null,
        })),
      ).toEqual({ workbench: false, kept: [], url: false, reader: true });
    } finally {
      await viewer.close();
    }
  });
});

describe.runIf(RUN_BROWSER_SUITES)('the annotate workbench in Chromium', () => {
  let dir = '';
  let server: ChildProcess | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'workbench-e2e-'));
    await mkdir(SHOTS, { recursive: true });
  }, 30_000);

  afterAll(async () => {
    await browser?.close();
    if (server && server.exitCode === null) {
      const exited = new Promise((done) => server?.once('exit', done));
      server.kill('SIGTERM');
      await exited;
    }
    await rm(dir, { recursive: true, force: true });
  });

  it('adds two people, a briefing and an ATTENDED relation by selecting words, reviews two drafts, and the seed takes the file', async () => {
    await readFile(DIST_INDEX).catch(() => {
      throw new Error(`The viewer is not built (${DIST_INDEX} is missing): run \`npm run build\` first; \`npm test\` does.`);
    });
    const data = join(dir, 'data');
    const ingest = await run('seed/src/ingest-cli.ts', [FICTIONAL, '--data', data]);
    expect(ingest.code, ingest.out).toBe(0);
    const file = join(data, 'annotations', `${DOC}.yaml`);
    const drafted = await readFile(file, 'utf8');
    expect(drafted).not.toMatch(/^ {4}(?!review: draft)review:/m); // drafts only, nothing reviewed yet
    await writeFile(file, withoutDrafts(drafted));

    const started = await startAnnotate(data);
    server = started.child;
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    await page.goto(`${started.url}#mode=read&doc=${DOC}&p=2`);
    await page.waitForFunction(() => window.__tg?.loaded() === true);
    await page.locator('#workbench .wb-draft').first().waitFor();
    // The token is kept for the tab, not shown in the address bar.
    expect(page.url()).not.toContain('token=');
    const hands = new Hands(page);

    // 1. A person by mouse: select the name, Add a node (Person and the id are suggested), Add node.
    await hands.select(2, 'Gideon Farrow');
    await hands.click('#wb-add-node');
    expect({
      kind: await page.locator('#wb-kind').inputValue(),
      name: await page.locator('#wb-name').inputValue(),
      id: await page.locator('#wb-id').inputValue(),
    }).toEqual({ kind: 'Person', name: 'Gideon Farrow', id: 'gideon-farrow' });
    await page.screenshot({ path: `${SHOTS}workbench-node-form.png` });
    await hands.click('#wb-node-form-submit');
    await message(page, /^Added Person Gideon Farrow\. Saved to annotations\//);

    // 2. A person by keyboard once the words are selected: into the quote box, Tab to Add a node, Enter, Tab to Add node, Enter.
    await hands.select(4, 'Hamid Okonjo');
    await hands.click('#wb-quote');
    await hands.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('wb-add-node');
    await hands.press('Enter');
    await page.locator('#wb-node-form').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('wb-kind');
    // Escape closes the form and gives the focus back to the button that opened it.
    await hands.press('Escape');
    expect(
      await page.evaluate(() => ({ form: document.getElementById('wb-node-form') !== null, focus: document.activeElement?.id })),
    ).toEqual({
      form: false,
      focus: 'wb-add-node',
    });
    await hands.press('Enter');
    await page.locator('#wb-node-form').waitFor();
    await tabTo(page, hands, 'wb-node-form-submit');
    await hands.press('Enter');
    await message(page, /^Added Person Hamid Okonjo\./);
    // The focus is back on the button that opened the form.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('wb-add-node');

    // 3. A briefing: the selected words name it only in part, so the kind (B chooses Briefing) and the name are changed.
    await hands.select(4, 'these briefings');
    await hands.click('#wb-add-node');
    await hands.press('b');
    expect(await page.locator('#wb-kind').inputValue()).toBe('Briefing');
    await hands.press('Tab');
    await hands.press('Control+A');
    await hands.type('SITE briefings in 2021');
    expect(await page.locator('#wb-id').inputValue()).toBe('site-briefings-in-2021');
    await hands.click('#wb-node-form-submit');
    await message(page, /^Added Briefing SITE briefings in 2021\./);

    // A name the file already has is refused by the validator, in words next to the form, which stays open.
    await hands.select(2, 'Gideon Farrow');
    await page.locator('#wb-add-node').click();
    await page.locator('#wb-id').fill('gideon-farrow-again');
    await page.locator('#wb-node-form-submit').click();
    const refusal = await message(page, /^Not saved/);
    expect({
      refusal,
      form: await page.locator('#wb-node-form').count(),
      alert: await page.locator('#wb-message').getAttribute('role'),
    }).toEqual({
      refusal: expect.stringMatching(/^Not saved: /),
      form: 1,
      alert: 'alert',
    });
    await page.screenshot({ path: `${SHOTS}workbench-refused.png` });
    await page.locator('#wb-node-form-cancel').click();

    // 4. The relation: select the words, Add a relation, pick both ends from the suggestions; ATTENDED is offered first.
    await hands.select(4, "the Alliance's treasurer, Hamid Okonjo, went in his place");
    await hands.click('#wb-add-edge');
    // The source starts as the selected node, the briefing just added: Change puts the focus in the box.
    await expect(page.locator('[data-picker="wb-source"] .wb-picked').getAttribute('data-id')).resolves.toBe('site-briefings-in-2021');
    await hands.click('[data-picker="wb-source"] .wb-change');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('wb-source');
    await hands.type('Hamid');
    await hands.click('#wb-edge-form .wb-suggestion[data-id="hamid-okonjo"]');
    await hands.click('#wb-target');
    await hands.type('briefings in 2021');
    await hands.click('#wb-edge-form .wb-suggestion[data-id="site-briefings-in-2021"]');
    expect(await page.locator('#wb-type option').allTextContents()).toEqual(['ATTENDED (was present at)', 'ORGANIZED (organized or ran)']);
    await page.screenshot({ path: `${SHOTS}workbench-relation-form.png` });
    await hands.click('#wb-edge-form-submit');
    await message(page, /^Added Hamid Okonjo ATTENDED SITE briefings in 2021\./);

    // 5. Review: show a draft's paragraph with its quote marked, accept it; reject another.
    const accepted = page.locator('[data-draft="marisol-quennell"]');
    await accepted.locator('.wb-show').click();
    await expect(accepted.locator('.wb-draft-paragraph mark').first().textContent()).resolves.toBe('Ms. Quennell');
    await hands.click('[data-draft="marisol-quennell"] .wb-accept');
    await message(page, /^Accepted Person Marisol Quennell\./);
    await hands.click('[data-draft="volunteers-of-the-citizens-forward-alliance"] .wb-reject');
    await message(page, /^Rejected Organization Volunteers of the Citizens' Forward Alliance\./);
    const steps = hands.total();

    // Undo puts back the last change (the rejection), and a second rejection stands.
    await page.locator('#wb-undo').click();
    await message(page, /^Undid the last change\./);
    await page.locator('[data-draft="volunteers-of-the-citizens-forward-alliance"]').waitFor();
    await page.locator('[data-draft="volunteers-of-the-citizens-forward-alliance"] .wb-reject').click();
    await message(page, /^Rejected Organization Volunteers/);

    // Edit a draft node's fields (updateNode), the draft kept for review.
    await page.locator('[data-draft="citizens-forward-alliance"] .wb-edit').click();
    await page.locator('#wb-edit-description').fill('A fictional party of the test corpus.');
    await page.locator('#wb-edit-form-submit').click();
    await message(page, /^Changed Citizens' Forward Alliance\./);
    expect(await page.evaluate(() => document.querySelector('[data-draft="citizens-forward-alliance"]') !== null)).toBe(true);

    // The file changed behind the workbench's back (an editor): the next change is refused, the annotation read again.
    await appendFile(file, '# a note added in an editor\n');
    await page.locator('[data-draft="citizens-forward-alliance"] .wb-accept').click();
    await message(page, /^Not saved: the file changed since the workbench read it/);
    await page.locator('[data-draft="citizens-forward-alliance"] .wb-accept').click();
    await message(page, /^Accepted Organization Citizens' Forward Alliance\./);

    // Edit a draft relation: the form starts from it (ends, type); its required role is typed again.
    const held = page.locator('.wb-draft', { hasText: 'Marisol Quennell HELD_ROLE Citizens' });
    await held.locator('.wb-edit').click();
    expect({
      source: await page.locator('[data-picker="wb-source"] .wb-picked').getAttribute('data-id'),
      target: await page.locator('[data-picker="wb-target"] .wb-picked').getAttribute('data-id'),
      type: await page.locator('#wb-type').inputValue(),
    }).toEqual({ source: 'marisol-quennell', target: 'citizens-forward-alliance', type: 'HELD_ROLE' });
    await page.locator('#wb-prop-role').fill('Chief Organizer');
    await page.locator('#wb-edge-form-submit').click();
    await message(page, /^Replaced the draft with Marisol Quennell HELD_ROLE Citizens' Forward Alliance\./);
    await expect(held.count()).resolves.toBe(0);
    await page.screenshot({ path: `${SHOTS}workbench-after.png` });

    // The graph shows what was added, from the rebuilt store; the rejected draft is gone.
    await page.locator('#tab-graph').click();
    await page.waitForTimeout(800);
    const seen = await page.evaluate(() => {
      const cy = window.__tg!.cy;
      return {
        nodes: ['gideon-farrow', 'hamid-okonjo', 'site-briefings-in-2021', 'volunteers-of-the-citizens-forward-alliance'].map((id) =>
          cy.getElementById(id).nonempty(),
        ),
        attended: cy.edges('[source = "hamid-okonjo"][target = "site-briefings-in-2021"]').map((e) => e.data('type')),
        accepted: cy.getElementById('marisol-quennell').data('draft'),
      };
    });
    expect(seen).toEqual({ nodes: [true, true, true, false], attended: ['ATTENDED'], accepted: false });
    await page.screenshot({ path: `${SHOTS}workbench-graph.png` });
    // Chromium logs the refused write of the conflict (HTTP 409); nothing else went wrong on the page.
    expect(problems).toEqual(['console: Failed to load resource: the server responded with a status of 409 (Conflict)']);

    // The seed takes the file: the reviewed items, without --drafts.
    const out = join(dir, 'graph.json');
    const seeded = await run('seed/src/cli.ts', ['--data', data, '--out', out]);
    expect(seeded.code, seeded.out).toBe(0);
    const graph = SeededGraph.parse(JSON.parse(await readFile(out, 'utf8')));
    // (The seed adds the document's Interview and who was interviewed in it by itself: not annotated here.)
    expect({
      nodes: graph.nodes
        .filter((n) => n.kind !== 'Interview')
        .map((n) => `${n.kind} ${n.id}`)
        .sort(),
      edges: graph.edges.filter((e) => e.type !== 'INTERVIEWED_IN').map((e) => `${e.source} ${e.type} ${e.target}`),
    }).toEqual({
      nodes: [
        'Briefing site-briefings-in-2021',
        'Organization citizens-forward-alliance',
        'Person gideon-farrow',
        'Person hamid-okonjo',
        'Person marisol-quennell',
      ],
      edges: ['hamid-okonjo ATTENDED site-briefings-in-2021', 'marisol-quennell HELD_ROLE citizens-forward-alliance'],
    });
    // A quote broken in an editor: read again, the file's problems are listed with their lines.
    const text = await readFile(file, 'utf8');
    const broken = text.replace(/quote: "?Gideon Farrow"?/, 'quote: "Gideon Farow"');
    expect(broken).not.toBe(text);
    await writeFile(file, broken);
    await page.locator('#tab-read').click();
    await page.locator('#wb-reload').click();
    await message(page, /^Read the file again\./);
    const line = broken.split('\n').findIndex((l) => l.includes('Gideon Farow')) + 1;
    expect(await page.locator('.wb-problem-list li').allTextContents()).toEqual([
      expect.stringMatching(new RegExp(`^annotations/${DOC}\\.yaml:${line} .*Gideon Farow`)),
    ]);
    await page.screenshot({ path: `${SHOTS}workbench-problems.png` });

    // What it took, for the README: two people, a briefing, a relation and two reviews.
    console.log(`workbench steps: ${JSON.stringify(steps)}`);
  }, 300_000);

  it('annotates paragraph 5 of the Ishmael summary (its 13 items) and counts the steps', async () => {
    // The pinned Ishmael text, and an annotation holding only the two entities ¶5's relations reach
    // that other paragraphs declare (Azam Ishmael, the Liberal Party): the workbench adds the rest.
    const data = join(dir, 'ishmael');
    await mkdir(join(data, 'documents'), { recursive: true });
    await mkdir(join(data, 'annotations'), { recursive: true });
    await writeFile(join(data, 'documents', `${ISHMAEL}.txt`), await readFile(join(FIXTURE_DATA_DIR, 'documents', `${ISHMAEL}.txt`)));
    const full = parseDocument(await readFile(join(FIXTURE_DATA_DIR, 'annotations', `${ISHMAEL}.yaml`), 'utf8'));
    const nodes = full.get('nodes');
    if (!isSeq(nodes)) throw new Error('the Ishmael annotation has no nodes');
    nodes.items = nodes.items.filter((n) => isMap(n) && ['azam-ishmael', 'liberal-party'].includes(String(n.get('id'))));
    full.set('edges', full.createNode([]));
    await writeFile(join(data, 'annotations', `${ISHMAEL}.yaml`), full.toString());

    const started = await startAnnotate(data);
    const second = started.child;
    try {
      browser ??= await launchChromium();
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await page.goto(`${started.url}#mode=read&doc=${ISHMAEL}&p=5`);
      await page.waitForFunction(() => window.__tg?.loaded() === true);
      await page.locator('#wb-undo').waitFor();
      const hands = new Hands(page);
      const added = (what: RegExp) => message(page, what);

      /** A node from selected words: kind by its first letter, the name and the id typed when the selection does not give them. */
      const node = async (words: string, o: { kind?: string; name?: string; id?: string }, done: RegExp) => {
        await hands.select(5, words);
        await hands.click('#wb-add-node');
        if (o.kind) await hands.press(o.kind);
        if (o.name) {
          await hands.click('#wb-name');
          await hands.press('Control+A');
          await hands.type(o.name);
        }
        if (o.id) {
          await hands.click('#wb-id');
          await hands.press('Control+A');
          await hands.type(o.id);
        }
        await hands.click('#wb-node-form-submit');
        await added(done);
      };
      /** One end of a relation: into its box (Change first when it starts as the selected node), a few letters, the suggestion. */
      const end = async (which: 'source' | 'target', letters: string, id: string) => {
        const picker = `#wb-edge-form [data-picker="wb-${which}"]`;
        const picked = page.locator(`${picker} .wb-picked`);
        if ((await picked.count()) > 0) {
          if ((await picked.getAttribute('data-id')) === id) return;
          await hands.click(`${picker} .wb-change`); // the focus goes to the box
        } else await hands.click(`#wb-${which}`);
        await hands.type(letters);
        await hands.click(`${picker} .wb-suggestion[data-id="${id}"]`);
      };
      /** A relation with the quote in the box (selected first when `words` is given); the type by its first letter when it is not the first offered. */
      const relation = async (
        words: string | null,
        source: [string, string],
        type: string | null,
        target: [string, string],
        done: RegExp,
      ) => {
        if (words) await hands.select(5, words);
        await hands.click('#wb-add-edge');
        await end('source', ...source);
        await end('target', ...target);
        if (type) {
          await hands.click('#wb-type');
          await hands.press(type);
          await hands.press('Enter');
        }
        await hands.click('#wb-edge-form-submit');
        await added(done);
      };

      await node('Braeden Caley', {}, /^Added Person Braeden Caley\./);
      await node('Mathieu Lafrance', {}, /^Added Person Mathieu Lafrance\./);
      await node(
        'Security and Intelligence Threats to Election Task Force',
        { kind: 'o', name: 'SITE Task Force' },
        /^Added Organization SITE Task Force\./,
      );
      await node('2019 federal election', { kind: 'e', id: 'election-2019' }, /^Added Election 2019 federal election\./);
      await node(
        'attended Security and Intelligence Threats to Election Task Force (SITE) briefings in respect of the 2019 federal election',
        { kind: 'b', name: 'SITE briefings for the 2019 election', id: 'site-briefings-2019' },
        /^Added Briefing SITE briefings for the 2019 election\./,
      );
      // The briefing just added is the selected node: the next quote is its evidence in two steps.
      await hands.select(5, 'All three were required to obtain secret clearance to attend the SITE briefings.');
      await hands.click('#wb-add-evidence');
      await added(/^Added the quote to SITE briefings for the 2019 election\./);

      const sentence1 =
        'Mr. Ishmael was one of three Liberal Party representatives who attended Security and Intelligence Threats to Election Task Force (SITE) briefings in respect of the 2019 federal election.';
      const sentence2 = 'The other two Party representatives were Braeden Caley and Mathieu Lafrance.';
      await relation(
        'Mr. Ishmael was one of three Liberal Party representatives',
        ['Ishmael', 'azam-ishmael'],
        'r',
        ['Liberal', 'liberal-party'],
        /REPRESENTED/,
      );
      await relation(sentence2, ['Caley', 'braeden-caley'], 'r', ['Liberal', 'liberal-party'], /REPRESENTED/);
      await relation(null, ['Lafrance', 'mathieu-lafrance'], 'r', ['Liberal', 'liberal-party'], /REPRESENTED/);
      await relation(null, ['Caley', 'braeden-caley'], null, ['briefings for', 'site-briefings-2019'], /ATTENDED/);
      await relation(null, ['Lafrance', 'mathieu-lafrance'], null, ['briefings for', 'site-briefings-2019'], /ATTENDED/);
      await relation(sentence1, ['Ishmael', 'azam-ishmael'], null, ['briefings for', 'site-briefings-2019'], /ATTENDED/);
      await relation(
        'Security and Intelligence Threats to Election Task Force (SITE) briefings in respect of the 2019 federal election',
        ['SITE Task', 'site-task-force'],
        'o',
        ['briefings for', 'site-briefings-2019'],
        /ORGANIZED/,
      );
      await relation(
        'briefings in respect of the 2019 federal election',
        ['briefings for', 'site-briefings-2019'],
        null,
        ['federal', 'election-2019'],
        /PART_OF/,
      );
      const steps = hands.total();
      await page.screenshot({ path: `${SHOTS}workbench-ishmael-p5.png` });
      await page.close();

      // The seed takes the file, with ¶5's 13 items (5 nodes, 8 relations) beside the two it started with.
      const out = join(dir, 'ishmael.json');
      const seeded = await run('seed/src/cli.ts', ['--data', data, '--out', out]);
      expect(seeded.code, seeded.out).toBe(0);
      const graph = SeededGraph.parse(JSON.parse(await readFile(out, 'utf8')));
      expect({
        nodes: graph.nodes
          .filter((n) => n.kind !== 'Interview')
          .map((n) => n.id)
          .sort(),
        edges: graph.edges
          .filter((e) => e.type !== 'INTERVIEWED_IN')
          .map((e) => `${e.source} ${e.type} ${e.target}`)
          .sort(),
      }).toEqual({
        nodes: [
          'azam-ishmael',
          'braeden-caley',
          'election-2019',
          'liberal-party',
          'mathieu-lafrance',
          'site-briefings-2019',
          'site-task-force',
        ],
        edges: [
          'azam-ishmael ATTENDED site-briefings-2019',
          'azam-ishmael REPRESENTED liberal-party',
          'braeden-caley ATTENDED site-briefings-2019',
          'braeden-caley REPRESENTED liberal-party',
          'mathieu-lafrance ATTENDED site-briefings-2019',
          'mathieu-lafrance REPRESENTED liberal-party',
          'site-briefings-2019 PART_OF election-2019',
          'site-task-force ORGANIZED site-briefings-2019',
        ],
      });
      // By hand: the entries of the same 13 items in the pinned annotation.
      const byHand = paragraphItems(await readFile(join(FIXTURE_DATA_DIR, 'annotations', `${ISHMAEL}.yaml`), 'utf8'), 5);
      expect(byHand.items.length).toBe(13);
      console.log(
        `Ishmael ¶5 in the workbench: ${JSON.stringify(steps)}; by hand: ${byHand.lines} lines of YAML, ${byHand.characters} characters`,
      );
    } finally {
      const exited = new Promise((done) => second.once('exit', done));
      second.kill('SIGTERM');
      await exited;
    }
  }, 300_000);
});
