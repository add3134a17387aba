import type { RootResolver } from '../context.ts';
import type { ParagraphRecord } from '../store/types.ts';
import { optionalInt, requiredId } from './args.ts';
import { BadUserInputError } from '../errors.ts';

/** Query.paragraph: null when the document has no such paragraph. */
export const paragraph: RootResolver<ParagraphRecord | null> = (_parent, args, { store }) => {
  const document = requiredId(args, 'document');
  const number = optionalInt(args, 'number');
  if (number === undefined) throw new BadUserInputError('number must be a paragraph number.', 'number');
  return store.paragraph(document, number);
};
