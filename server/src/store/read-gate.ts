// Admission to Neo4j: at most `concurrency` queries in flight and `queue` waiting, per driver.
// Without it, 100 clients put 100 queries on a two-core Neo4j at once; each one then takes as long
// as all of them, answers slow down for everyone (p99 3.3 s), and some run past the connection
// pool's acquisition timeout. With it, a query past the queue is refused at once with
// OverloadedError (HTTP 503, Retry-After), and the ones admitted answer at the speed Neo4j has.
import { OverloadedError } from '../errors.ts';

export interface ReadLimits {
  /** Queries in flight towards Neo4j at once */
  concurrency: number;
  /** Queries waiting for a free slot; one more is refused with OverloadedError */
  queue: number;
  /** The longest a query waits for a slot before it is refused with OverloadedError */
  maxWaitMs: number;
}

/**
 * A few queries per core of a small Neo4j keep it busy without making each one wait for the
 * others; a queue twice that size absorbs a burst without holding anyone longer than a few
 * queries' time. The wait is bounded in time too: a queue that does not drain within a quarter
 * of a second is not a burst but more load than Neo4j has room for, whatever its speed (a busy
 * machine's Neo4j drains 16 queries far more slowly than an idle one's). test/load.ts measures
 * it: 100 connections, the p99 of the requests admitted.
 */
export const DEFAULT_READ_LIMITS: ReadLimits = { concurrency: 8, queue: 16, maxWaitMs: 250 };

/**
 * What a refused client is told to wait. HTTP's Retry-After counts whole seconds; a full queue
 * drains in a fraction of that, so the smallest value is the right one.
 */
export const RETRY_AFTER_SECONDS = 1;

interface Waiter {
  admit(): void;
}

export class ReadGate {
  readonly limits: ReadLimits;
  private running = 0;
  private readonly waiting: Waiter[] = [];
  /** performance.now() of the last answer Neo4j gave (rows or an error of its own): is it up? */
  lastAnswerAt = Number.NEGATIVE_INFINITY;

  constructor(limits: ReadLimits = DEFAULT_READ_LIMITS) {
    const whole = (n: number, min: number) => Number.isInteger(n) && n >= min;
    if (!(whole(limits.concurrency, 1) && whole(limits.queue, 0) && whole(limits.maxWaitMs, 0))) {
      throw new RangeError(`read limits need a whole concurrency ≥ 1, queue ≥ 0 and maxWaitMs ≥ 0, not ${JSON.stringify(limits)}`);
    }
    this.limits = limits;
  }

  /** In flight and waiting, for tests and logs. */
  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  /**
   * Resolves with `release` once the query may go, in arrival order. Refuses with OverloadedError
   * at once when the queue is full, or after limits.maxWaitMs (or `timeLimitMs`, when shorter) in
   * it: a query that could not even start in time is one Neo4j had no room for, not one that ran
   * too long.
   */
  enter(timeLimitMs: number): Promise<() => void> {
    const maxWaitMs = Math.min(this.limits.maxWaitMs, timeLimitMs);
    if (this.running < this.limits.concurrency) return Promise.resolve(this.slot());
    if (this.waiting.length >= this.limits.queue) return Promise.reject(new OverloadedError(RETRY_AFTER_SECONDS));
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        admit: () => {
          clearTimeout(timer);
          resolve(this.slot());
        },
      };
      const timer = setTimeout(() => {
        const at = this.waiting.indexOf(waiter);
        if (at >= 0) this.waiting.splice(at, 1);
        reject(new OverloadedError(RETRY_AFTER_SECONDS));
      }, maxWaitMs);
      this.waiting.push(waiter);
    });
  }

  /** Neo4j answered something just now: it is up. */
  answered(): void {
    this.lastAnswerAt = performance.now();
  }

  private slot(): () => void {
    this.running++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.running--;
      // The slot passes straight to the next in line, so a newcomer cannot overtake the queue.
      this.waiting.shift()?.admit();
    };
  }
}

const gates = new WeakMap<object, ReadGate>();

/**
 * Sets the limits of every read through `driver` (the process's one driver, so one gate per
 * process); call it before the first query. A driver never given limits gets DEFAULT_READ_LIMITS.
 */
export function limitReads(driver: object, limits: ReadLimits): ReadGate {
  const gate = new ReadGate(limits);
  gates.set(driver, gate);
  return gate;
}

/** The gate of `driver`'s reads. */
export function readGate(driver: object): ReadGate {
  let gate = gates.get(driver);
  if (!gate) {
    gate = new ReadGate();
    gates.set(driver, gate);
  }
  return gate;
}
