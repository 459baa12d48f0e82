/**
 * Slows down guessing: failed sign-ins and wrong bearer tokens are counted per client address and
 * overall (rate-limiter-flexible), and past the allowance every attempt, right or wrong, gets 429
 * with Retry-After until the window has passed. Successes cost nothing.
 */
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

export interface FailedAttemptLimits {
  /** Failures one address may make per window. @default 5 */
  perAddress: number;
  /** Failures all addresses together may make per window (a spread-out guess). @default 50 */
  overall: number;
  /** @default 10 */
  windowSeconds: number;
}

export const DEFAULT_FAILED_ATTEMPT_LIMITS: FailedAttemptLimits = {
  perAddress: 5,
  overall: 50,
  windowSeconds: 10,
};

const OVERALL_KEY = '*';

export class FailedAttempts {
  private readonly perAddress: RateLimiterMemory;
  private readonly overall: RateLimiterMemory;

  constructor(private readonly limits: FailedAttemptLimits = DEFAULT_FAILED_ATTEMPT_LIMITS) {
    this.perAddress = new RateLimiterMemory({ points: limits.perAddress, duration: limits.windowSeconds });
    this.overall = new RateLimiterMemory({ points: limits.overall, duration: limits.windowSeconds });
  }

  /** Seconds to wait before this address may try again; 0 when it may try now. */
  async retryAfter(address: string): Promise<number> {
    const [mine, all] = await Promise.all([this.perAddress.get(address), this.overall.get(OVERALL_KEY)]);
    const wait = (res: RateLimiterRes | null, points: number) =>
      res && res.consumedPoints >= points ? Math.max(1, Math.ceil(res.msBeforeNext / 1000)) : 0;
    return Math.max(wait(mine, this.limits.perAddress), wait(all, this.limits.overall));
  }

  /** Counts a failure; the limiter's refusal past the allowance is the answer, not an error. */
  async failed(address: string): Promise<void> {
    await Promise.all([
      this.perAddress.consume(address).catch(ignoreRefusal),
      this.overall.consume(OVERALL_KEY).catch(ignoreRefusal),
    ]);
  }
}

function ignoreRefusal(reason: unknown): void {
  if (!(reason instanceof RateLimiterRes)) throw reason;
}
