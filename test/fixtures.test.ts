import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../seed/index.ts';
import { EXTRA_DATA_DIR, FIXTURE_DATA_DIR, ISHMAEL_DOCUMENT_FILE, ISHMAEL_DOCUMENT_ID, REAL_DATA_DIR } from './fixtures.ts';

/** The Commission's text as extracted from the PDF, beside the checkout (absent in a copy of the repository elsewhere). */
const COMMISSION_TEXT = fileURLToPath(new URL(`../../shared/documents/${ISHMAEL_DOCUMENT_ID}.txt`, import.meta.url));

describe('the test fixtures', () => {
  it.runIf(existsSync(COMMISSION_TEXT))('pin the Ishmael summary byte for byte as the Commission published it', async () => {
    expect((await readFile(ISHMAEL_DOCUMENT_FILE)).equals(await readFile(COMMISSION_TEXT))).toBe(true);
  });

  it('give the fictional summary one node per id it shares with the Ishmael annotation, with the evidence of both', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tg-fixtures-'));
    try {
      for (const from of [FIXTURE_DATA_DIR, EXTRA_DATA_DIR]) await cp(from, dir, { recursive: true });
      const graph = await loadGraph(dir);
      const citedBy = (id: string) => [...new Set(graph.nodes.find((n) => n.id === id)?.evidence.map((e) => e.document))].sort();
      const both = ['fictional-interview-summary-dana-whitlock', ISHMAEL_DOCUMENT_ID];
      expect(graph.documents.map((d) => d.id)).toEqual(both);
      expect(
        Object.fromEntries(['site-task-force', 'election-2021', 'site-briefings-2021', 'dana-whitlock'].map((id) => [id, citedBy(id)])),
      ).toEqual({
        'site-task-force': both,
        'election-2021': both,
        'site-briefings-2021': both,
        'dana-whitlock': ['fictional-interview-summary-dana-whitlock'],
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('the real data in seed/', () => {
  // Checks that seed/ is valid, whatever it holds; no test counts what is in it.
  it('loads without a problem and still holds the Ishmael summary', async () => {
    const graph = await loadGraph(REAL_DATA_DIR);
    expect(graph.documents.map((d) => d.id)).toContain(ISHMAEL_DOCUMENT_ID);
  });
});
