// The data the tests read. Tests never read seed/: it is the real data, which grows as documents
// are added, and a suite that counted its nodes would fail for every new document. They read a
// pinned copy instead (fixtures/ishmael/: byte-identical copies of the Ishmael summary and of its
// annotation as they were when the tests' expectations were written).
import { fileURLToPath } from 'node:url';

/** The tests' data folder (documents/ + annotations/): the pinned Ishmael summary and annotation. */
export const FIXTURE_DATA_DIR = fileURLToPath(new URL('./fixtures/ishmael/', import.meta.url));

export const ISHMAEL_DOCUMENT_ID = 'stage1-interview-summary-azam-ishmael';

/** The pinned copy of the Commission's text (../shared/documents/ holds the original). */
export const ISHMAEL_DOCUMENT_FILE = `${FIXTURE_DATA_DIR}documents/${ISHMAEL_DOCUMENT_ID}.txt`;

/**
 * A fictional interview summary and its annotation (fixtures/extra/), reusing ids of the Ishmael
 * annotation: .ci/run adds it to seed/ of a copy of the repository and runs `npm test` there.
 */
export const EXTRA_DATA_DIR = fileURLToPath(new URL('./fixtures/extra/', import.meta.url));

/** The real data folder: only for tests that check the real data itself, and never count it. */
export const REAL_DATA_DIR = fileURLToPath(new URL('../seed/', import.meta.url));
