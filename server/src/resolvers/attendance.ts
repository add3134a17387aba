import { isAttendanceKey } from '../../../graph/src/attendance.ts';
import { BadUserInputError } from '../errors.ts';
import { intInRange, optionalId } from './args.ts';
import type { RootResolver } from './root.ts';
import { nestedNodes } from './selection.ts';

export const MAX_ATTENDANCE_PAGE = 1000;

/** A row's cursor: its key (graph/src/attendance.ts), opaque to clients. */
export function attendanceCursor(key: string): string {
  return Buffer.from(key, 'utf8').toString('base64url');
}

function afterKey(after: string | null | undefined): string | undefined {
  if (after == null) return undefined;
  const key = after.length <= 4 * 1024 ? Buffer.from(after, 'base64url').toString('utf8') : '';
  if (!isAttendanceKey(key) || attendanceCursor(key) !== after) {
    throw new BadUserInputError('after must be the cursor of an attendance row, as attendance returned it.', 'after');
  }
  return key;
}

/**
 * Query.attendance: one row per person and event, optionally one election, event, person or document; a
 * page of `first` rows (1–1000; all when absent) after the row whose cursor is `after`.
 */
export const attendance: RootResolver<'attendance'> = (_parent, args, { store }, info) => {
  const election = args.election ?? undefined;
  const event = optionalId(args.event, 'event');
  const person = optionalId(args.person, 'person');
  const document = optionalId(args.document, 'document');
  const first = args.first == null ? undefined : intInRange(args.first, 'first', 1, MAX_ATTENDANCE_PAGE, MAX_ATTENDANCE_PAGE);
  const after = afterKey(args.after);
  return store.attendance(
    {
      ...(election === undefined ? {} : { election }),
      ...(event === undefined ? {} : { event }),
      ...(person === undefined ? {} : { person }),
      ...(document === undefined ? {} : { document }),
      ...(first === undefined ? {} : { first }),
      ...(after === undefined ? {} : { after }),
    },
    nestedNodes(info, [['person'], ['event'], ['representing']]),
  );
};
