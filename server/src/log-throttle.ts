// Each distinct fault logged once per interval, with a count, instead of once per request: a Neo4j
// outage under traffic is thousands of failed requests with one cause, and the log should say that
// in a few lines. The first occurrence is written at once (count 1); while it keeps recurring, one
// line at the end of each interval says how many more there were; an interval with none ends it.

export type LogFields = Record<string, string | number | boolean | undefined>;

export interface LogThrottle {
  /** Reports one occurrence of the fault `key`; `fields` describe it (the latest are the ones summarised). */
  note(key: string, fields: LogFields): void;
  /** Writes what is pending now and stops the timer (at shutdown). */
  close(): void;
}

export interface LogThrottleOptions {
  intervalMs: number;
  /** Receives each line's fields and `count`: occurrences since the previous line for this key. */
  write: (fields: LogFields & { count: number }) => void;
  /** For tests: the clock, and no timer (they call flush through note or close). */
  now?: () => number;
  timers?: boolean;
  /** Distinct keys tracked at once; more are counted under the key "other". */
  maxKeys?: number;
}

interface Window {
  fields: LogFields;
  started: number;
  /** Occurrences in this window not written yet */
  pending: number;
}

export function createLogThrottle(options: LogThrottleOptions): LogThrottle {
  const { intervalMs, write } = options;
  const now = options.now ?? Date.now;
  const maxKeys = options.maxKeys ?? 1000;
  const windows = new Map<string, Window>();
  let timer: NodeJS.Timeout | undefined;

  /** Ends every window older than the interval: a summary if it had occurrences (and a new, quiet window), else forgotten. */
  const flush = (all = false) => {
    const t = now();
    for (const [key, window] of windows) {
      if (!all && t - window.started < intervalMs) continue;
      if (window.pending > 0) {
        write({ ...window.fields, count: window.pending });
        if (all) windows.delete(key);
        else windows.set(key, { fields: window.fields, started: t, pending: 0 });
      } else {
        windows.delete(key);
      }
    }
    if (windows.size === 0 && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  };

  return {
    note(given, fields) {
      flush();
      const key = windows.has(given) || windows.size < maxKeys ? given : 'other';
      const window = windows.get(key);
      if (window) {
        window.pending += 1;
        window.fields = fields;
        return;
      }
      windows.set(key, { fields, started: now(), pending: 0 });
      write({ ...fields, count: 1 });
      if (!timer && options.timers !== false) {
        timer = setInterval(() => flush(), intervalMs);
        timer.unref();
      }
    },
    close() {
      flush(true);
      if (timer) clearInterval(timer);
      timer = undefined;
    },
  };
}
