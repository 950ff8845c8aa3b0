import { LoginLimiter } from './login-limiter';

describe('LoginLimiter', () => {
  it('blocks an address after maxFailures inside the window and frees it when they age out', () => {
    let now = 1_000_000;
    const limiter = new LoginLimiter(3, 60_000, () => now);
    limiter.fail('10.0.0.1');
    limiter.fail('10.0.0.1');
    expect(limiter.blocked('10.0.0.1')).toBe(false);
    limiter.fail('10.0.0.1');
    expect(limiter.blocked('10.0.0.1')).toBe(true);
    expect(limiter.blocked('10.0.0.2')).toBe(false);
    now += 60_001;
    expect(limiter.blocked('10.0.0.1')).toBe(false);
  });
});
