// Annotate mode assembled: the workspace on a data folder, the in-memory store of its graph (drafts
// included) swapped after each saved change, annotate.graphql and its resolvers added to the API,
// and the write guard in place of the read-only rule. `npm start` never imports this.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { LogLevel, YogaLogger } from 'graphql-yoga';
import { ANNOTATE_SDL, type App, createApp } from '../app.ts';
import { LOOPBACK_HOSTS } from '../plugins/allowed-hosts.ts';
import { resolvers } from '../resolvers/index.ts';
import { createMemoryStore } from '../store/memory-store.ts';
import type { FileOps } from './file-writer.ts';
import { annotateResolvers } from './resolvers.ts';
import { swappableStore } from './swappable-store.ts';
import { Workspace } from './workspace.ts';
import { useWriteGuard } from './write-guard.ts';

const SDL_FILE = fileURLToPath(new URL(`../../schema/${ANNOTATE_SDL}`, import.meta.url));

export interface AnnotateOptions {
  dataDir: string;
  /** This run's token (./token.ts newToken) */
  token: string;
  logger?: YogaLogger | LogLevel | boolean;
  viewerDir?: string;
  /** Tests: the file system calls of the writer */
  fileOps?: FileOps;
}

export interface AnnotateApp {
  app: App;
  workspace: Workspace;
  /** Nodes in the graph served at start-up */
  nodes: number;
  /** What the seed reports of the folder at start-up (the graph exists despite them; annotation() lists them) */
  problems: number;
}

/** Throws SeedError when the seed cannot build the folder's graph even with its drafts (a document without an annotation yet is fine). */
export async function createAnnotateApp(options: AnnotateOptions): Promise<AnnotateApp> {
  let swap: (graph: Parameters<typeof createMemoryStore>[0]) => void = () => undefined;
  const { workspace, graph, problems } = await Workspace.open({
    dataDir: options.dataDir,
    onGraph: (next) => swap(next),
    ...(options.fileOps ? { fileOps: options.fileOps } : {}),
  });
  const holder = swappableStore(createMemoryStore(graph));
  swap = (next) => holder.swap(createMemoryStore(next));
  const own = annotateResolvers(workspace);
  const app = createApp({
    store: holder.store,
    logger: options.logger ?? 'info',
    ...(options.viewerDir ? { viewerDir: options.viewerDir } : {}),
    // Loopback names only, whatever ALLOWED_HOSTS says: a page on another name (DNS rebinding) reads nothing.
    allowedHosts: LOOPBACK_HOSTS,
    annotate: {
      typeDefs: [readFileSync(SDL_FILE, 'utf8')],
      resolvers: { ...resolvers, Query: { ...resolvers.Query, ...own.Query }, Mutation: own.Mutation },
      plugins: [useWriteGuard(options.token)],
    },
  });
  return { app, workspace, nodes: graph.nodes.length, problems: problems.length };
}
