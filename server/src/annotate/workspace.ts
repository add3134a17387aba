// The data folder as annotate mode changes it: one write at a time, each against the version of the
// file it was made on (CONFLICT otherwise), checked by the seed before it is written (./check.ts),
// written atomically (./file-writer.ts), remembered for undo, and followed by the new graph.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { type GraphData, NODE_KINDS, type NodeKind, RELATION_TYPES, type RelationType } from '../../../graph/src/model.ts';
import { type Problem, SeedError } from '../../../seed/index.ts';
import { annotationStem, checkData, dataSignature } from './check.ts';
import { edgeEntryId, type Elsewhere } from './edits.ts';
import { ConflictError, EditRefusedError, type ProblemOut, UnknownDocumentError, WriteFailedError } from './errors.ts';
import { type FileOps, readBytes, REAL_FILE_OPS, removeFile, versionOf, writeAtomically } from './file-writer.ts';
import { AnnotationYaml, YamlFileError } from './yaml-file.ts';

export interface DraftOut {
  id: string;
  item: 'NODE' | 'EDGE';
  kind: NodeKind | null;
  name: string | null;
  type: RelationType | null;
  source: string | null;
  target: string | null;
  rule: string | null;
  confidence: number | null;
  evidence: { document: string; paragraph: number; quote: string }[];
}

export interface AnnotationState {
  document: string;
  version: string;
  file: string;
  exists: boolean;
  problems: ProblemOut[];
  drafts: DraftOut[];
  canUndo: boolean;
}

export interface ChangeResult {
  version: string;
  item: string | null;
  annotation: AnnotationState;
}

/** One change to a file's Document; returns the id of the item it added or changed. */
export type Edit = (file: AnnotationYaml, elsewhere: Elsewhere) => string;

export interface WorkspaceOptions {
  dataDir: string;
  /** The graph (drafts included) after each saved change: annotate mode swaps its store to it. */
  onGraph: (graph: GraphData) => void;
  /** The file system calls that replace a file; a test passes a failing rename. */
  fileOps?: FileOps;
}

const out = (p: Problem): ProblemOut => ({ file: p.file, line: p.line ?? null, message: p.message });
/** Problems compared without their lines: an edit above an old problem moves it, it does not make it new. */
const problemKey = (p: Problem) => `${p.file}\n${p.message}`;

export class Workspace {
  private queue: Promise<unknown> = Promise.resolve();
  /** Per document, the texts it had before each change of this run (null: no file), the last on top. */
  private readonly history = new Map<string, (string | null)[]>();
  private checked: { signature: string; problems: Problem[] } | undefined;
  private readonly ops: FileOps;

  private constructor(
    private readonly options: WorkspaceOptions,
    private graph: GraphData,
  ) {
    this.ops = options.fileOps ?? REAL_FILE_OPS;
  }

  /**
   * The folder's graph with drafts. Problems the seed reports but that still leave that graph (a
   * reviewed relation to a draft) are listed by annotation() and can be mended here; when there is
   * no graph at all, SeedError: those are for an editor.
   */
  static async open(options: WorkspaceOptions): Promise<{ workspace: Workspace; graph: GraphData; problems: Problem[] }> {
    const signature = await dataSignature(options.dataDir);
    const { problems, graph } = await checkData(options.dataDir);
    if (!graph) throw new SeedError(problems);
    const workspace = new Workspace(options, graph);
    workspace.checked = { signature, problems };
    return { workspace, graph, problems };
  }

  async annotation(document: string): Promise<AnnotationState> {
    const file = await this.locate(document);
    const bytes = await readBytes(join(this.options.dataDir, file));
    return this.state(document, file, bytes === null ? null : bytes.toString('utf8'), await this.problemsNow());
  }

  /** Applies `edit` to the document's file, made against `version`. */
  change(document: string, version: string, edit: Edit): Promise<ChangeResult> {
    return this.exclusive(async () => {
      const { file, text } = await this.current(document, version);
      let next: AnnotationYaml;
      let item: string;
      try {
        next = AnnotationYaml.parse(text, file, document);
        item = edit(next, this.elsewhere());
      } catch (error) {
        if (error instanceof YamlFileError) throw new EditRefusedError(error.message);
        throw error;
      }
      return this.write(document, file, text, next.toString(), item);
    });
  }

  /** Puts the file back as it was before the last change of this run. */
  undo(document: string, version: string): Promise<ChangeResult> {
    return this.exclusive(async () => {
      const { file, text } = await this.current(document, version);
      const stack = this.history.get(document) ?? [];
      const previous = stack.at(-1);
      if (previous === undefined) throw new EditRefusedError(`There is no change of this run to undo in ${file}.`);
      const result = await this.write(document, file, text, previous, null, false);
      stack.pop();
      return { ...result, annotation: { ...result.annotation, canUndo: stack.length > 0 } };
    });
  }

  /** One at a time: a write reads, checks and replaces the file with no other write in between. */
  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** The document's file and text, after checking that it is still at `version`. */
  private async current(document: string, version: string): Promise<{ file: string; text: string | null }> {
    const file = await this.locate(document);
    const bytes = await readBytes(join(this.options.dataDir, file));
    const now = versionOf(bytes);
    if (now !== version) throw new ConflictError(file, version, now);
    return { file, text: bytes === null ? null : bytes.toString('utf8') };
  }

  /** Checks the candidate with the seed, writes it (or removes the file, for null), and moves to its graph. */
  private async write(
    document: string,
    file: string,
    before: string | null,
    after: string | null,
    item: string | null,
    remember = true,
  ): Promise<ChangeResult> {
    const old = await this.problemsNow();
    const known = new Set(old.map(problemKey));
    const isNew = (p: Problem) => !known.has(problemKey(p));
    // The graph is built only for a change that will be written.
    const checked = await checkData(this.options.dataDir, new Map([[file, after]]), (problems) => !problems.some(isNew));
    const added = checked.problems.filter(isNew);
    if (added.length > 0) {
      const lines = added.map((p) => `${p.file}${p.line === undefined ? '' : `:${p.line}`}: ${p.message}`);
      throw new EditRefusedError(`The seed refuses this change, so nothing was written:\n${lines.join('\n')}`, added.map(out));
    }
    const path = join(this.options.dataDir, file);
    try {
      if (after === null) await removeFile(path, this.ops);
      else await writeAtomically(path, after, this.ops);
    } catch (error) {
      throw new WriteFailedError(file, error);
    }
    if (remember) this.history.set(document, [...(this.history.get(document) ?? []), before]);
    this.checked = { signature: await dataSignature(this.options.dataDir), problems: checked.problems };
    if (checked.graph) {
      this.graph = checked.graph;
      this.options.onGraph(checked.graph);
    }
    const state = this.state(document, file, after, checked.problems);
    return { version: state.version, item, annotation: state };
  }

  /** The problems of the folder as it is on disk, checked again only when a file of it changed. */
  private async problemsNow(): Promise<Problem[]> {
    const signature = await dataSignature(this.options.dataDir);
    if (this.checked?.signature !== signature)
      this.checked = { signature, problems: (await checkData(this.options.dataDir, new Map(), () => false)).problems };
    return this.checked.problems;
  }

  /** annotations/NAME.yaml (or the .yml, any case, the folder has for it) of a document of the graph. */
  private async locate(document: string): Promise<string> {
    if (!this.graph.documents.some((d) => d.id === document)) throw new UnknownDocumentError(document);
    let names: string[] = [];
    try {
      names = await readdir(join(this.options.dataDir, 'annotations'));
    } catch (error) {
      if (!(error instanceof Error && 'code' in error && error.code === 'ENOENT')) throw error;
    }
    const name = names.sort().find((n) => annotationStem(n) === document);
    return `annotations/${name ?? `${document}.yaml`}`;
  }

  /** What the rest of the corpus declares, from the graph last built (drafts included). */
  private elsewhere(): Elsewhere {
    return {
      nodes: new Map(this.graph.nodes.map((n) => [n.id, { kind: n.kind, name: n.name }])),
      edges: new Map(this.graph.edges.map((e) => [e.id, { type: e.type, source: e.source, target: e.target }])),
    };
  }

  private state(document: string, file: string, text: string | null, problems: readonly Problem[]): AnnotationState {
    return {
      document,
      version: versionOf(text === null ? null : Buffer.from(text, 'utf8')),
      file,
      exists: text !== null,
      problems: problems.filter((p) => p.file === file).map(out),
      drafts: text === null ? [] : this.drafts(document, file, text),
      canUndo: (this.history.get(document)?.length ?? 0) > 0,
    };
  }

  /** The items still marked `review: draft`, in file order; a file that cannot be read has none to list (its problem says why). */
  private drafts(document: string, file: string, text: string): DraftOut[] {
    let yaml: AnnotationYaml;
    try {
      yaml = AnnotationYaml.parse(text, file, document);
    } catch (error) {
      if (error instanceof YamlFileError) return [];
      throw error;
    }
    const nodes = new Map(this.graph.nodes.map((n) => [n.id, n]));
    const str = (v: unknown) => (typeof v === 'string' ? v : null);
    const evidence = (v: unknown) =>
      (Array.isArray(v) ? v : []).flatMap((e: unknown) =>
        typeof e === 'object' &&
        e !== null &&
        'paragraph' in e &&
        'quote' in e &&
        typeof e.paragraph === 'number' &&
        typeof e.quote === 'string'
          ? [{ document, paragraph: e.paragraph, quote: e.quote }]
          : [],
      );
    const list: DraftOut[] = [];
    for (const section of ['nodes', 'edges'] as const) {
      for (const item of yaml.items(section)) {
        const f = AnnotationYaml.plain(item);
        if (f['review'] !== 'draft') continue;
        const id = section === 'nodes' ? str(f['id']) : (edgeEntryId(f) ?? null);
        if (id === null) continue;
        const known = section === 'nodes' ? nodes.get(id) : undefined;
        list.push({
          id,
          item: section === 'nodes' ? 'NODE' : 'EDGE',
          kind: NODE_KINDS.find((k) => k === f['kind']) ?? known?.kind ?? null,
          name: str(f['name']) ?? known?.name ?? null,
          type: RELATION_TYPES.find((t) => t === f['type']) ?? null,
          source: str(f['source']),
          target: str(f['target']),
          rule: str(f['rule']),
          confidence: typeof f['confidence'] === 'number' ? f['confidence'] : null,
          evidence: evidence(f['evidence']),
        });
      }
    }
    return list;
  }
}
