import { loadConfig } from './config';

describe('loadConfig', () => {
  it('defaults the public origin to the server itself on localhost', () => {
    expect(loadConfig({ PORT: '4123' }).publicOrigin).toBe('http://localhost:4123');
  });

  it('keeps only the origin of a configured public address', () => {
    expect(loadConfig({ PUBLIC_ORIGIN: 'https://care.example.org/some/path?x=1' }).publicOrigin).toBe('https://care.example.org');
  });

  it('refuses a public origin that is not an address', () => {
    expect(() => loadConfig({ PUBLIC_ORIGIN: 'care.example.org' })).toThrowError(/PUBLIC_ORIGIN/);
  });

  it('names the demo clinic unless told otherwise', () => {
    expect(loadConfig({}).clinicName).toBe('CareCircle Demo Clinic');
    expect(loadConfig({ CLINIC_NAME: '  Riverside Family Practice ' }).clinicName).toBe('Riverside Family Practice');
  });

  it('limits sign-in failures per account and, higher, per address, both configurable', () => {
    expect(loadConfig({}).signInThrottle).toEqual({ maxFailures: 5, maxFailuresPerAddress: 50, windowSeconds: 900 });
    const tuned = loadConfig({ SIGN_IN_MAX_FAILURES_PER_ACCOUNT: '3', SIGN_IN_MAX_FAILURES_PER_ADDRESS: '200', SIGN_IN_THROTTLE_WINDOW_SECONDS: '600' });
    expect(tuned.signInThrottle).toEqual({ maxFailures: 3, maxFailuresPerAddress: 200, windowSeconds: 600 });
    expect(() => loadConfig({ SIGN_IN_MAX_FAILURES_PER_ACCOUNT: '0' })).toThrowError(/SIGN_IN_MAX_FAILURES_PER_ACCOUNT/);
  });
});
