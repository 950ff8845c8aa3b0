/** Failed logins per client address in a sliding window (in memory: one API process). */
export class LoginLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    readonly maxFailures: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** True while the address has `maxFailures` failures inside the window. */
  blocked(address: string): boolean {
    return this.recent(address).length >= this.maxFailures;
  }

  fail(address: string): void {
    const recent = this.recent(address);
    recent.push(this.now());
    this.failures.set(address, recent);
    if (this.failures.size > 10_000) this.prune();
  }

  private recent(address: string): number[] {
    const since = this.now() - this.windowMs;
    return (this.failures.get(address) ?? []).filter((t) => t > since);
  }

  private prune(): void {
    for (const address of [...this.failures.keys()]) {
      if (this.recent(address).length === 0) this.failures.delete(address);
    }
  }
}
