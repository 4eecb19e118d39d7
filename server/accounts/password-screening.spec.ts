import { PASSWORD_RULE_HINT } from '@domain/accounts/password-policy';
import { createFirstAdmin, InvalidAdminInputError } from '../cli/create-first-admin';
import { addUser, Browser, createTestApp, TEST_PASSWORD, type TestApp, type TestUser } from '../spec/helpers/test-app';
import { screenNewPassword } from './password-screening';

/** Issue 14 item 3: common and context passwords were accepted on change and create. */
describe('password screening', () => {
  const context = { email: 'Morgan.Lee@clinic.example', name: 'Morgan Lee-Okafor' };

  const refused: [string, RegExp][] = [
    ['password1234', /common password/],
    ['aaaaaaaaaaaa', /too few different characters/],
    ['123456789012', /sequence|common/],
    ['abcdefghijklmn', /sequence/],
    ['qwertyuiop12', /common password/],
    ['iloveyou2026!', /common password/],
    ['P@ssw0rd2026', /common password/],
    ['morgan.lee@clinic.example', /email/],
    ['MORGAN.LEE@clinic.example!', /email/],
    ['morganlee-rocks-2026', /email/],
    ['okafor family 2026', /name/],
    ['CareCircle-demo-2026', /published demo password/],
    ['carecircle123', /CareCircle/],
    ['Care Circle rules!', /CareCircle/],
  ];
  for (const [password, why] of refused) {
    it(`refuses ${JSON.stringify(password)} saying why`, () => {
      expect(screenNewPassword(password, context)).toMatch(why);
    });
  }

  for (const password of [TEST_PASSWORD, 'river lantern orchard meadow', 'a brand new passphrase', 'Tuesday kettles sing loudly', 'gr8-ocelot-umbrella-fjord']) {
    it(`accepts ${JSON.stringify(password)}`, () => {
      expect(screenNewPassword(password, context)).toBeNull();
    });
  }

  it('states the rule for the forms', () => {
    expect(PASSWORD_RULE_HINT).toContain('12 characters');
    expect(PASSWORD_RULE_HINT).toContain('common password');
  });

  describe('on change', () => {
    let t: TestApp;
    let user: TestUser;
    let browser: Browser;

    beforeEach(async () => {
      t = await createTestApp();
      user = await addUser(t, 'therapist', { email: 'sam.okonkwo@clinic.test' });
      browser = new Browser(t.app);
      await browser.signIn(user.email);
    });

    afterEach(async () => {
      await t.close();
    });

    for (const [newPassword, why] of [
      ['password1234', /common/],
      ['aaaaaaaaaaaa', /too few/],
      ['123456789012', /sequence|common/],
      ['sam.okonkwo@clinic.test', /email/],
      ['CareCircle-demo-2026', /demo/],
      ['carecircle123', /CareCircle/],
    ] as const) {
      it(`refuses ${newPassword} with 400 naming newPassword, keeping the old password`, async () => {
        const response = await browser.request('POST', '/api/v1/auth/change-password', { currentPassword: TEST_PASSWORD, newPassword });
        expect(response.statusCode).toBe(400);
        expect(response.json().errors).toEqual([{ field: 'newPassword', message: jasmine.stringMatching(why) }]);
        expect((await new Browser(t.app).signIn(user.email)).statusCode).toBe(200);
      });
    }

    it("refuses the user's own name", async () => {
      await t.database.db.updateTable('users').set({ name: 'Sam Okonkwo' }).where('id', '=', user.id).execute();
      const response = await browser.request('POST', '/api/v1/auth/change-password', { currentPassword: TEST_PASSWORD, newPassword: 'okonkwo forever 77' });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors[0].message).toMatch(/name/);
    });

    it('accepts a passphrase', async () => {
      const response = await browser.request('POST', '/api/v1/auth/change-password', { currentPassword: TEST_PASSWORD, newPassword: 'Tuesday kettles sing loudly' });
      expect(response.statusCode).toBe(200);
    });
  });

  describe('on creating the first administrator', () => {
    let t: TestApp;

    beforeEach(async () => {
      t = await createTestApp();
    });

    afterEach(async () => {
      await t.close();
    });

    it('refuses a common or context password naming the password field, creating nothing', async () => {
      for (const password of ['password1234', 'ada@clinic.example', 'carecircle123']) {
        await expectAsync(createFirstAdmin(t.database.db, { email: 'ada@clinic.example', name: 'Ada Admin', password }, new Date())).toBeRejectedWith(
          jasmine.objectContaining({ errors: [jasmine.objectContaining({ field: 'password' })] }),
        );
      }
      await expectAsync(createFirstAdmin(t.database.db, { email: 'ada@clinic.example', name: 'Ada Admin', password: 'aaaaaaaaaaaa' }, new Date())).toBeRejectedWithError(
        InvalidAdminInputError,
      );
      expect(await t.database.db.selectFrom('users').select('id').execute()).toEqual([]);
    });
  });
});
