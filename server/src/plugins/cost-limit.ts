// Refuses a query whose estimated cost (cost.ts) passes the ceiling, before it runs, with the
// figures: LIMIT_EXCEEDED, HTTP 400. It runs at execution rather than validation because a size
// argument may be a variable; the cost of a document whose sizes are all literals is kept per
// document (yoga reuses one parsed document per query text).
import type { DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { estimateCost, MAX_COST, sizedByVariables } from '../cost.ts';
import { LimitExceededError } from '../errors.ts';

export function costLimitError(cost: number, maxCost: number): LimitExceededError {
  const figure = (n: number) => n.toLocaleString('en-US');
  return new LimitExceededError(
    `Query cost ${figure(cost)} is over the limit of ${figure(maxCost)}: the answer could hold that many objects. ` +
      'Ask for less: a smaller limit or first, fewer aliases, fewer nested lists.',
    'cost',
    { cost, maxCost, http: { status: 400 } },
  );
}

export function useCostLimit(maxCost: number = MAX_COST): Plugin {
  const literalCosts = new WeakMap<DocumentNode, number>();
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const { schema, document } = args;
      let cost = args.operationName ? undefined : literalCosts.get(document);
      if (cost === undefined) {
        cost = estimateCost(schema, document, args.variableValues ?? {}, args.operationName);
        // With an operation name the cost is that operation's: kept only for the usual one-operation request.
        if (!args.operationName && !sizedByVariables(document)) literalCosts.set(document, cost);
      }
      if (cost > maxCost) setResultAndStopExecution({ errors: [costLimitError(cost, maxCost)] });
    },
  };
}
