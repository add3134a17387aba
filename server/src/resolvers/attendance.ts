import { isAttendanceKey } from '../../../graph/src/attendance.ts';
import type { RootResolver } from '../context.ts';
import { BadUserInputError } from '../errors.ts';
import type { AttendanceRecord } from '../store/types.ts';
import { intInRange, optionalId, optionalInt } from './args.ts';
import { nestedNodes } from './selection.ts';

export const MAX_ATTENDANCE_PAGE = 1000;

/** A row's cursor: its key (graph/src/attendance.ts), opaque to clients. */
export function attendanceCursor(key: string): string {
  return Buffer.from(key, 'utf8').toString('base64url');
}

function afterKey(args: Record<string, unknown>): string | undefined {
  const after = args['after'];
  if (after == null) return undefined;
  const key = typeof after === 'string' && after.length <= 4 * 1024 ? Buffer.from(after, 'base64url').toString('utf8') : '';
  if (!isAttendanceKey(key) || attendanceCursor(key) !== after) {
    throw new BadUserInputError('after must be the cursor of an attendance row, as attendance returned it.', 'after');
  }
  return key;
}

/**
 * Query.attendance: one row per person and event, optionally one election, event or person; a
 * page of `first` rows (1–1000; all when absent) after the row whose cursor is `after`.
 */
export const attendance: RootResolver<AttendanceRecord[]> = (_parent, args, { store }, info) => {
  const election = optionalInt(args, 'election');
  const event = optionalId(args, 'event');
  const person = optionalId(args, 'person');
  const first = args['first'] == null ? undefined : intInRange(args, 'first', 1, MAX_ATTENDANCE_PAGE, MAX_ATTENDANCE_PAGE);
  const after = afterKey(args);
  return store.attendance(
    {
      ...(election === undefined ? {} : { election }),
      ...(event === undefined ? {} : { event }),
      ...(person === undefined ? {} : { person }),
      ...(first === undefined ? {} : { first }),
      ...(after === undefined ? {} : { after }),
    },
    nestedNodes(info, [['person'], ['event']]),
  );
};
