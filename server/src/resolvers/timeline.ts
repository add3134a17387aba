import { dateSpan } from '../../../graph/src/dates.ts';
import { BadUserInputError } from '../errors.ts';
import { intInRange, optionalId } from './args.ts';
import type { RootResolver } from './root.ts';

export const MAX_TIMELINE = 1000;

/** A from/to argument as the span of days it means (graph/src/dates.ts); a clear error for anything else. */
function dayArgument(value: string | null | undefined, name: 'from' | 'to'): string | undefined {
  if (value == null) return undefined;
  const span = value.length <= 40 ? dateSpan(value) : null;
  if (!span) throw new BadUserInputError(`${name} must be an ISO 8601 date (2019, 2019-09, 2019-09-20, or 2021/2021-09-20).`, name);
  return name === 'from' ? span.start : span.end;
}

/** Query.timeline: dated events, optionally of one document or election, within from–to; first 1–1000 (default 500). */
export const timeline: RootResolver<'timeline'> = (_parent, args, { store }) => {
  const document = optionalId(args.document, 'document');
  const election = args.election ?? undefined;
  const from = dayArgument(args.from, 'from');
  const to = dayArgument(args.to, 'to');
  const first = intInRange(args.first, 'first', 1, MAX_TIMELINE, 500);
  return store.timeline({
    first,
    ...(document === undefined ? {} : { document }),
    ...(election === undefined ? {} : { election }),
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
  });
};
