import { loadGraph } from '../../../seed/index.ts';
import { describeCorpusContract } from './contract-corpus.ts';
import { describeStoreContract } from './contract.ts';
import { createMemoryStore } from './memory-store.ts';
import { FIXTURE_DATA_DIR } from '../../../test/fixtures.ts';

describeStoreContract('memory', async () => createMemoryStore(await loadGraph(FIXTURE_DATA_DIR)));
describeCorpusContract('memory', async (seed) => createMemoryStore(seed));
