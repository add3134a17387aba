import type { RootResolver } from '../context.ts';
import type { AttendanceRecord } from '../store/types.ts';
import { optionalInt } from './args.ts';

/** Query.attendance: one row per person and event, optionally one election year. */
export const attendance: RootResolver<AttendanceRecord[]> = (_parent, args, { store }) => store.attendance(optionalInt(args, 'election'));
