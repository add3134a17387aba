import { fileURLToPath } from 'node:url';
import { loadGraph } from '../../../seed/index.ts';
import { describeStoreContract } from './contract.ts';
import { createMemoryStore } from './memory-store.ts';

const SEED_DIR = fileURLToPath(new URL('../../../seed/', import.meta.url));

describeStoreContract('memory', async () => createMemoryStore(await loadGraph(SEED_DIR)));
