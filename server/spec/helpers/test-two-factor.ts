import { generate } from 'otplib';
import type { TestApp } from './test-app';
import { Browser } from './test-app';

/** The authenticator app a spec holds: the secret read from the enrolment's otpauth URI. */
export class TestAuthenticator {
  constructor(
    readonly secret: string,
    private readonly testApp: TestApp,
  ) {}

  /** The code the app would show now, by the app's (hand-moved) clock. */
  code(): Promise<string> {
    return generate({ secret: this.secret, epoch: Math.floor(this.testApp.clock.now().getTime() / 1000) });
  }
}

/** Starts enrolment in a signed-in (or enrolment-pending) browser; answers the authenticator. */
export async function startEnrolment(testApp: TestApp, browser: Browser): Promise<TestAuthenticator> {
  const response = await browser.request('POST', '/api/v1/auth/two-factor/enrolment');
  if (response.statusCode !== 200) {
    throw new Error(`enrolment answered ${response.statusCode}`);
  }
  const secret = new URL(response.json().otpauthUri).searchParams.get('secret')!;
  return new TestAuthenticator(secret, testApp);
}

/** Signs in and enrols completely; answers the authenticator and the ten recovery codes. */
export async function enrolUser(testApp: TestApp, email: string): Promise<{ authenticator: TestAuthenticator; recoveryCodes: string[] }> {
  const browser = new Browser(testApp.app);
  await browser.signIn(email);
  const authenticator = await startEnrolment(testApp, browser);
  const confirmed = await browser.request('POST', '/api/v1/auth/two-factor/enrolment/confirm', { code: await authenticator.code() });
  if (confirmed.statusCode !== 200) {
    throw new Error(`confirming enrolment answered ${confirmed.statusCode}`);
  }
  // The next code must come from a later time step: the one just used is spent.
  testApp.clock.advanceSeconds(30);
  return { authenticator, recoveryCodes: confirmed.json().recoveryCodes };
}
