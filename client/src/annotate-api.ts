// The workbench's door to the annotate-mode API (`npm run annotate`, server/schema/annotate.graphql):
// the per-run token, taken from the page's `?token=` once, kept in memory and sessionStorage and
// removed from the visible URL; the `annotation` query and the mutations, each sent with
// `Authorization: Bearer`; every answer checked with zod, and every refusal turned into an
// AnnotateError that keeps the server's code (BAD_USER_INPUT, CONFLICT…) and its problems.
import { z } from 'zod';
import { NODE_KINDS, RELATION_TYPES } from '../../graph/src/model.ts';
import { ANNOTATE_OPERATIONS } from './annotate-operations.ts';
import { answerSchema, EvidenceSchema, type Fetch } from './api.ts';
import type {
  AddEdgeMutation,
  AddEdgeMutationVariables,
  AddEvidenceMutation,
  AddEvidenceMutationVariables,
  AddNodeMutation,
  AddNodeMutationVariables,
  AnnotationQuery,
  AnnotationQueryVariables,
  EdgeInput,
  EvidenceInput,
  NodeInput,
  NodePatch,
  RemoveItemMutation,
  RemoveItemMutationVariables,
  ReviewMutation,
  ReviewMutationVariables,
  UndoMutation,
  UndoMutationVariables,
  UpdateNodeMutation,
  UpdateNodeMutationVariables,
} from './generated/operations.ts';

/** The sessionStorage slot the token is kept in for this tab (a name, not a credential) */
export const SESSION_SLOT = 'testimony-graph:annotate-token';

/** Where the token comes from and goes: the page's window, or a stand-in in tests. */
export interface TokenHome {
  location: { href: string };
  history: { state: unknown; replaceState(data: unknown, unused: string, url: string): void };
  sessionStorage: { getItem(key: string): string | null; setItem(key: string, value: string): void; removeItem(key: string): void };
}

/**
 * The annotate token of this tab: from `?token=` (then kept in sessionStorage, so a reload keeps
 * it, and taken out of the address bar, so a screenshot or a shared link does not carry it), or
 * the one kept before; null when the page was not opened as annotate mode.
 */
export function takeToken(home: TokenHome): string | null {
  const url = new URL(home.location.href);
  const given = url.searchParams.get('token');
  if (given !== null) {
    url.searchParams.delete('token');
    home.history.replaceState(home.history.state, '', `${url.pathname}${url.search}${url.hash}`);
    if (given !== '') {
      home.sessionStorage.setItem(SESSION_SLOT, given);
      return given;
    }
  }
  return home.sessionStorage.getItem(SESSION_SLOT);
}

/** Forget the token (the server is not in annotate mode, or refused it). */
export function dropToken(home: Pick<TokenHome, 'sessionStorage'>): void {
  home.sessionStorage.removeItem(SESSION_SLOT);
}

const ProblemSchema = z.object({ file: z.string(), line: z.number().int().nullable(), message: z.string() });
export type AnnotationProblem = z.infer<typeof ProblemSchema>;

const DraftItemSchema = z.object({
  id: z.string(),
  item: z.enum(['NODE', 'EDGE']),
  kind: z.enum(NODE_KINDS).nullable(),
  name: z.string().nullable(),
  type: z.enum(RELATION_TYPES).nullable(),
  source: z.string().nullable(),
  target: z.string().nullable(),
  rule: z.string().nullable(),
  confidence: z.number().nullable(),
  evidence: z.array(EvidenceSchema),
});
export type DraftItem = z.infer<typeof DraftItemSchema>;

const AnnotationSchema = z.object({
  document: z.string(),
  version: z.string(),
  file: z.string(),
  exists: z.boolean(),
  problems: z.array(ProblemSchema),
  drafts: z.array(DraftItemSchema),
  canUndo: z.boolean(),
});
export type Annotation = z.infer<typeof AnnotationSchema>;

const ChangeSchema = z.object({ version: z.string(), item: z.string().nullable(), annotation: AnnotationSchema });
export type AnnotationChange = z.infer<typeof ChangeSchema>;

/** The inputs of the mutations, as generated from annotate mode's SDL. */
export type { EdgeInput, EvidenceInput, NodeInput, NodePatch } from './generated/operations.ts';

/** A refusal of the annotate API, in words, with the server's code and the validator's problems when it gave them. */
export class AnnotateError extends Error {
  constructor(
    message: string,
    /** extensions.code: BAD_USER_INPUT, CONFLICT, UNAUTHENTICATED…; null when the request never got an answer */
    readonly code: string | null,
    readonly problems: readonly string[] = [],
  ) {
    super(message);
    this.name = 'AnnotateError';
  }
}

const ErrorSchema = z.object({
  message: z.string(),
  extensions: z
    .object({
      code: z.string().optional(),
      // The validator's problems, when the server lists them apart from the message
      problems: z
        .array(
          z.union([z.string(), z.object({ file: z.string().optional(), line: z.number().nullable().optional(), message: z.string() })]),
        )
        .optional(),
    })
    .optional(),
});
const EnvelopeSchema = z.object({ data: z.unknown().optional(), errors: z.array(ErrorSchema).optional() });

/** "annotations/x.yaml:12: message", as the seed prints its problems. */
function problemText(p: string | { file?: string | undefined; line?: number | null | undefined; message: string }): string {
  if (typeof p === 'string') return p;
  const where = [p.file, p.line ?? undefined].filter((part) => part !== undefined).join(':');
  return where === '' ? p.message : `${where}: ${p.message}`;
}

/** Send one operation of annotate mode; the answer's `data` checked by `schema`, a refusal thrown as AnnotateError. */
async function send<T extends z.ZodType>(
  query: string,
  variables: Record<string, unknown>,
  schema: T,
  token: string,
  fetchImpl: Fetch,
): Promise<z.infer<T>> {
  let response: Response;
  try {
    response = await fetchImpl('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        authorization: `Bearer ${token}`,
      },
      body: JSON.stringify({ query, variables }),
    });
  } catch (error) {
    throw new AnnotateError(`The server could not be reached (${String(error)}). Nothing was saved.`, null);
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new AnnotateError(`The server answered with something that is not data (HTTP ${response.status}).`, null);
  }
  const envelope = EnvelopeSchema.safeParse(body);
  if (!envelope.success) throw new AnnotateError('The server answered in an unexpected format.', null);
  const errors = envelope.data.errors ?? [];
  const first = errors[0];
  if (first) {
    const problems = errors.flatMap((e) => e.extensions?.problems?.map(problemText) ?? []);
    throw new AnnotateError(errors.map((e) => e.message).join('; '), first.extensions?.code ?? null, problems);
  }
  if (!response.ok) throw new AnnotateError(`The server answered with an error (HTTP ${response.status}).`, null);
  const parsed = schema.safeParse(envelope.data.data);
  if (!parsed.success) {
    throw new AnnotateError(`The annotate API answered without something the workbench needs: ${z.prettifyError(parsed.error)}`, null);
  }
  return parsed.data;
}

/** Each answer's schema, tied to the type generated for its operation (api.ts answerSchema). */
const answers = {
  annotation: answerSchema<AnnotationQuery>()(z.object({ annotation: AnnotationSchema })),
  addNode: answerSchema<AddNodeMutation>()(z.object({ addNode: ChangeSchema })),
  addEdge: answerSchema<AddEdgeMutation>()(z.object({ addEdge: ChangeSchema })),
  addEvidence: answerSchema<AddEvidenceMutation>()(z.object({ addEvidence: ChangeSchema })),
  updateNode: answerSchema<UpdateNodeMutation>()(z.object({ updateNode: ChangeSchema })),
  removeItem: answerSchema<RemoveItemMutation>()(z.object({ removeItem: ChangeSchema })),
  review: answerSchema<ReviewMutation>()(z.object({ review: ChangeSchema })),
  undo: answerSchema<UndoMutation>()(z.object({ undo: ChangeSchema })),
};

/** The annotate API of one run, for the holder of its token. */
export function createAnnotateApi(token: string, fetchImpl: Fetch = (input, init) => fetch(input, init)) {
  const op = ANNOTATE_OPERATIONS;
  return {
    async annotation(document: string): Promise<Annotation> {
      return (await send(op.Annotation, { document } satisfies AnnotationQueryVariables, answers.annotation, token, fetchImpl)).annotation;
    },
    async addNode(document: string, version: string, node: NodeInput): Promise<AnnotationChange> {
      return (await send(op.AddNode, { document, version, node } satisfies AddNodeMutationVariables, answers.addNode, token, fetchImpl))
        .addNode;
    },
    async addEdge(document: string, version: string, edge: EdgeInput): Promise<AnnotationChange> {
      return (await send(op.AddEdge, { document, version, edge } satisfies AddEdgeMutationVariables, answers.addEdge, token, fetchImpl))
        .addEdge;
    },
    async addEvidence(document: string, version: string, target: string, evidence: EvidenceInput): Promise<AnnotationChange> {
      const variables = {
        document,
        version,
        target,
        paragraph: evidence.paragraph,
        quote: evidence.quote,
      } satisfies AddEvidenceMutationVariables;
      return (await send(op.AddEvidence, variables, answers.addEvidence, token, fetchImpl)).addEvidence;
    },
    async updateNode(document: string, version: string, id: string, patch: NodePatch): Promise<AnnotationChange> {
      return (
        await send(
          op.UpdateNode,
          { document, version, id, patch } satisfies UpdateNodeMutationVariables,
          answers.updateNode,
          token,
          fetchImpl,
        )
      ).updateNode;
    },
    async removeItem(document: string, version: string, item: string): Promise<AnnotationChange> {
      return (
        await send(op.RemoveItem, { document, version, item } satisfies RemoveItemMutationVariables, answers.removeItem, token, fetchImpl)
      ).removeItem;
    },
    async review(document: string, version: string, item: string, decision: 'ACCEPT' | 'REJECT'): Promise<AnnotationChange> {
      return (
        await send(op.Review, { document, version, item, decision } satisfies ReviewMutationVariables, answers.review, token, fetchImpl)
      ).review;
    },
    async undo(document: string, version: string): Promise<AnnotationChange> {
      return (await send(op.Undo, { document, version } satisfies UndoMutationVariables, answers.undo, token, fetchImpl)).undo;
    },
  };
}
export type AnnotateApi = ReturnType<typeof createAnnotateApi>;
