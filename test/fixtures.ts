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

/**
 * The test corpus (fixtures/corpus/): seven clearly fictional summaries with their annotations,
 * entities.yaml (SITE, the Cyber Centre, the elections and briefings, shared with the Ishmael
 * summary's ids) and resolutions.yaml. It holds "did not attend" relations (negative: true), an
 * annotated CONTRADICTS pair and an annotated CORROBORATES pair of claims by different witnesses,
 * candidate pairs without annotation (claims about site-briefings-2021, one negative), the Cyber
 * Centre spelt two ways (canadian-center-for-cyber-security, merged into cyber-centre by
 * resolutions.yaml), "the Party" as an alias of two parties in two documents, and one panel
 * (stage1-interview-summary-northgate-party-panel: three witnesses). No pinned Ishmael copy: the
 * shared ids are declared in its entities.yaml. Also the drafter's gold (npm run eval:draft).
 */
export const FIXTURE_CORPUS_DIR = fileURLToPath(new URL('./fixtures/corpus/', import.meta.url));

/** The real data folder: only for tests that check the real data itself, and never count it. */
export const REAL_DATA_DIR = fileURLToPath(new URL('../seed/', import.meta.url));
