// Queries run as compiled JavaScript (graphql-jit, through @envelop/graphql-jit) instead of
// graphql-js's interpreter: the GraphQL layer's cost per request fell by about a third in the
// benchmark, most on long answers (bench/FINDINGS.md). Compiled queries are cached per query text.
//
// Two differences from graphql-js are mended here, so that clients see the same answers:
// - graphql-jit gives its errors `locations` but not the document nodes they come from, and yoga
//   rebuilds every error from its nodes before sending it, so the locations were lost. Errors that
//   have locations and no nodes are rebuilt against the document's source, which gives yoga the
//   positions to compute the same locations from.
// - Variables that fail coercion answer HTTP 400, as graphql-js's do in yoga (graphql-jit returns
//   them as an answer without data, which yoga would send with a 200).
import { useGraphQlJit } from '@envelop/graphql-jit';
import { GraphQLError, type SourceLocation, type Source } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** The character offset of a 1-based line and column in `source`. */
export function positionOf(source: Source, { line, column }: SourceLocation): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = source.body.indexOf('\n', offset);
    if (next < 0) return source.body.length;
    offset = next + 1;
  }
  return Math.min(offset + column - 1, source.body.length);
}

function mended(error: GraphQLError, source: Source, requestError: boolean): GraphQLError {
  const hasLocations = error.nodes === undefined && error.locations !== undefined && error.locations.length > 0;
  if (!hasLocations && !requestError) return error;
  return new GraphQLError(error.message, {
    ...(hasLocations
      ? { source, positions: error.locations!.map((l) => positionOf(source, l)) }
      : { nodes: error.nodes, source: error.source, positions: error.positions }),
    path: error.path,
    originalError: error.originalError,
    extensions: requestError ? { ...error.extensions, http: { status: 400 } } : error.extensions,
  });
}

export function useCompiledExecution(): Plugin {
  return {
    onPluginInit({ addPlugin }) {
      addPlugin(useGraphQlJit() as Plugin);
    },
    onExecute({ args }) {
      const source = args.document.loc?.source;
      if (!source) return;
      return {
        onExecuteDone({ result, setResult }) {
          if (!('errors' in result) || !result.errors?.length) return;
          // No data at all: the request failed before execution began (its variables).
          const requestError = result.data === undefined;
          setResult({ ...result, errors: result.errors.map((e) => mended(e, source, requestError)) });
        },
      };
    },
  };
}
