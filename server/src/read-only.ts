// The API only reads. The schema has no Mutation or Subscription type, so graphql-js would answer
// one with "Schema is not configured to execute …" and no code, at run time; this validation rule
// refuses it before anything runs, with a code a client can branch on.
import type { ASTVisitor, ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { OperationNotSupportedError } from './errors.ts';

export function readOnlyRule(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(node) {
      if (node.operation !== 'query') context.reportError(new OperationNotSupportedError(node.operation));
    },
  };
}

export function useReadOnly(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(readOnlyRule);
    },
  };
}
