// graphql-js and graphql-jit refuse a value outside an enum by naming the enum, with at most the few
// closest values as a suggestion ("Did you mean …?"), and none when nothing is close. The model's
// enums are short lists, and a client is better served by all of them. Two places see those errors:
// validation (a literal: `kinds: [Zeppelin]`, GRAPHQL_VALIDATION_FAILED), which yoga answers
// without the error mask, hence useEnumValuesInValidation(); and variable coercion (`$kinds`,
// BAD_USER_INPUT), which goes through the mask (errors.ts forClients).
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { NODE_KINDS, RELATION_TYPES } from '../../graph/src/model.ts';

const MODEL_ENUMS: ReadonlyArray<{ name: string; values: readonly string[]; are: string }> = [
  { name: 'NodeKind', values: NODE_KINDS, are: 'The kinds are' },
  { name: 'RelationType', values: RELATION_TYPES, are: 'The relation types are' },
];

/**
 * GraphQL's own message about a request, with the values of each model enum it names as the
 * expected type: `… in "NodeKind" enum.`, `Enum "NodeKind" cannot …`, `Expected type NodeKind.`,
 * `… expecting type "[NodeKind!]".` Any other message is returned as it is.
 */
export function withEnumValues(message: string): string {
  const named = MODEL_ENUMS.filter(({ name }) => new RegExp(`"${name}" enum|Enum "${name}"|type "?\\[*${name}\\b`).test(message));
  return [message, ...named.map(({ values, are }) => `${are} ${values.join(', ')}.`)].join(' ');
}

/** The same error with the message withEnumValues gives, or the error itself when that adds nothing. */
export function withEnumValuesError(error: GraphQLError): GraphQLError {
  const message = withEnumValues(error.message);
  if (message === error.message) return error;
  const { nodes, source, positions, path, originalError, extensions } = error;
  return new GraphQLError(message, { nodes, source, positions, path, originalError, extensions });
}

/** Validation errors about a model enum name every value (yoga does not pass them through the error mask). */
export function useEnumValuesInValidation(): Plugin {
  return {
    onValidate() {
      return ({ valid, result, setResult }) => {
        if (!valid) setResult(result.map((error) => (error instanceof GraphQLError ? withEnumValuesError(error) : error)));
      };
    },
  };
}
