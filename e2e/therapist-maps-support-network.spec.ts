import { expect, test, type BrowserContext, type Locator, type Page } from './helpers/journey';
import { expectNoSeriousA11yViolations } from './helpers/accessibility';
import { watchConsoleErrors } from './helpers/console-errors';
import { DEMO } from './helpers/demo-accounts';
import { saveScreenshot } from './helpers/screenshot';
import { signIn } from './helpers/sign-in';

// Tall enough for a whole drawing with its summary in one screenshot (the shell scrolls inside).
test.use({ viewport: { width: 1280, height: 1800 } });

/** A suffix that keeps this run's names apart from the demo clinic and earlier runs. */
const uniqueSuffix = () => Math.random().toString(36).slice(2, 7).toUpperCase();

/** A calendar date `days` from today (UTC, as the server counts), YYYY-MM-DD. */
function daysFromToday(days: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** How a date is written on screen ("Mar 1, 2026"). */
const onScreen = (isoDate: string) =>
  new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(
    Date.parse(`${isoDate}T00:00:00Z`),
  );

/** The members drawn in the ecomap: each is a button named "<name>, <relationship> (<category>). …". */
const memberButtons = (page: Page): Locator =>
  page.getByRole('group', { name: /^Ecomap: support network of/ }).getByRole('button');

const memberButton = (page: Page, name: string): Locator =>
  page
    .getByRole('group', { name: /^Ecomap: support network of/ })
    .getByRole('button', { name: new RegExp(`^${name}, `) });

/** The tabs of the client page may be links or tabs, depending on how the page draws them. */
const clientTab = (page: Page, name: string): Locator =>
  page
    .getByRole('tab', { name })
    .or(page.getByRole('link', { name, exact: true }))
    .first();

async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

interface NewMember {
  readonly name: string;
  readonly relationship: string;
  readonly strength: string;
  readonly quality: string;
  readonly contact: string;
  readonly flow?: string;
  readonly support?: readonly string[];
  readonly consent?: { readonly status: string; readonly givenOn?: string };
  readonly since?: string;
}

/** Adds a member through the member form, as a clinician would. */
async function addMember(page: Page, member: NewMember): Promise<void> {
  await page
    .getByRole('button', { name: /^(Add person|Add the first person)$/ })
    .first()
    .click();
  const dialog = page.getByRole('dialog', { name: 'Add a person to the network' });
  await expect(dialog.getByLabel('Name', { exact: true })).toBeFocused();
  await dialog.getByLabel('Name', { exact: true }).fill(member.name);
  await choose(page, 'Relationship', member.relationship);
  if (member.since) {
    await dialog.getByLabel('Part of the client’s life since').fill(member.since);
  }
  await choose(page, 'Tie strength', member.strength);
  await choose(page, 'Tie quality', member.quality);
  if (member.flow) {
    await choose(page, 'Support flows', member.flow);
  }
  await choose(page, 'Contact', member.contact);
  for (const support of member.support ?? []) {
    await dialog.getByRole('checkbox', { name: support }).check();
  }
  if (member.consent) {
    await choose(page, 'Consent', member.consent.status);
    if (member.consent.givenOn) {
      await dialog.getByLabel('Date given').fill(member.consent.givenOn);
    }
  }
  await dialog.getByRole('button', { name: 'Add person' }).click();
  await expect(dialog).toBeHidden();
}

/** The Angular XSRF double-submit: the API wants the XSRF-TOKEN cookie echoed in a header. */
async function apiHeaders(context: BrowserContext): Promise<Record<string, string>> {
  const token = (await context.cookies()).find((cookie) => cookie.name === 'XSRF-TOKEN')?.value;
  expect(token, 'the XSRF-TOKEN cookie').toBeTruthy();
  return { 'x-xsrf-token': token! };
}

test('a therapist maps a client’s support network, ends a relationship, and keeps support notes', async ({
  page,
}) => {
  const console = watchConsoleErrors(page);
  const suffix = uniqueSuffix();
  const parentName = `Maria ${suffix}`;
  const friendName = `Amir ${suffix}`;
  const harmfulName = `Cousin ${suffix}`;
  await signIn(page, DEMO.therapist);

  // A client from the caseload, and their support network.
  await page.goto('/caseload');
  await page.getByRole('table').getByRole('link').first().click();
  await expect(page).toHaveURL(/\/clients\/[0-9a-f-]{36}$/);
  const clientPath = new URL(page.url()).pathname;
  await clientTab(page, 'Support network').click();
  await expect(page).toHaveURL(`${clientPath}/network`);
  await expect(page.getByRole('heading', { level: 2, name: /Support network/ })).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Loading the support network' })).toHaveCount(
    0,
  );
  const before = await memberButtons(page).count();

  // Three kinds of tie: a strong supportive parent, a weak friend (from two months ago), a harmful relative.
  await addMember(page, {
    name: parentName,
    relationship: 'Parent',
    strength: 'Strong',
    quality: 'Supportive',
    contact: 'Weekly',
    support: ['Emotional', 'Instrumental'],
    consent: { status: 'Granted', givenOn: daysFromToday(-5) },
  });
  await expect(memberButtons(page)).toHaveCount(before + 1);
  await addMember(page, {
    name: friendName,
    relationship: 'Friend',
    strength: 'Weak',
    quality: 'Supportive',
    contact: 'Monthly',
    support: ['Companionship'],
    since: daysFromToday(-60),
  });
  await expect(memberButtons(page)).toHaveCount(before + 2);
  await addMember(page, {
    name: harmfulName,
    relationship: 'Other relative',
    strength: 'Strong',
    quality: 'Harmful',
    flow: 'From the client',
    contact: 'Daily',
    consent: { status: 'Declined' },
  });
  await expect(memberButtons(page)).toHaveCount(before + 3);
  await expect(memberButton(page, harmfulName)).toHaveAccessibleName(
    /Strong, harmful tie\. Support flows from the client\./,
  );
  await expect(memberButton(page, parentName)).toHaveAccessibleName(
    /Gives emotional and instrumental support\./,
  );

  // The same facts as a table, with consent warnings in words.
  await page.getByRole('switch', { name: 'Show as table' }).click();
  const table = page.getByRole('table', { name: /^Support network of/ });
  await expect(table.getByRole('row', { name: new RegExp(friendName) })).toContainText(
    'Consent to share not asked',
  );
  await expect(table.getByRole('row', { name: new RegExp(harmfulName) })).toContainText(
    'Declined consent to share information',
  );
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, 'ecomap-3');

  // The keyboard reaches every member: arrow keys move between them, Enter opens one.
  await memberButtons(page).first().focus();
  await page.keyboard.press('ArrowRight');
  await expect(memberButtons(page).nth(1)).toBeFocused();

  // End the friendship ten days ago; it leaves today's drawing and joins the ended relationships.
  await memberButton(page, friendName).focus();
  await page.keyboard.press('Enter');
  const editDialog = page.getByRole('dialog', { name: `Edit ${friendName}` });
  await expect(editDialog.getByLabel('Name', { exact: true })).toBeFocused();
  await editDialog.getByRole('button', { name: 'End relationship…' }).click();
  await editDialog.getByLabel('Ended on').fill(daysFromToday(-10));
  await editDialog.getByLabel('Reason', { exact: true }).fill('Moved away');
  await editDialog.getByRole('button', { name: 'End relationship', exact: true }).click();
  await expect(editDialog).toBeHidden();
  await expect(memberButtons(page)).toHaveCount(before + 2);
  const ended = page.getByRole('region', { name: 'Ended relationships' });
  await expect(ended.getByRole('listitem').filter({ hasText: friendName })).toContainText(
    `Ended ${onScreen(daysFromToday(-10))}: Moved away`,
  );
  await expect(ended.getByRole('button', { name: `Re-activate ${friendName}` })).toBeVisible();

  // A month ago the friend was still there: the past view shows them, read-only.
  const monthAgo = daysFromToday(-30);
  await page.getByLabel('As of', { exact: true }).fill(monthAgo);
  await page.getByLabel('As of', { exact: true }).dispatchEvent('change');
  await expect(
    page.getByRole('status').filter({ hasText: 'Network as it stood on' }),
  ).toContainText(`Network as it stood on ${onScreen(monthAgo)}. Read-only.`);
  await expect(memberButton(page, friendName)).toHaveCount(1);
  await expect(memberButton(page, parentName)).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Add person/ })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Back to today' }).click();
  await expect(memberButton(page, friendName)).toHaveCount(0);

  // The network at treatment start beside today's.
  await page.getByRole('switch', { name: 'Compare two dates' }).click();
  await expect(
    page.getByRole('heading', { level: 3, name: /^At treatment start, / }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: /^Today, / })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, 'ecomap-compare');
  await page.getByRole('switch', { name: 'Compare two dates' }).click();

  // On paper: the drawing, the legend and the table, without the toolbar.
  await expect(memberButtons(page)).toHaveCount(before + 2);
  await page.pdf({ format: 'A4', printBackground: true, path: 'screenshots/ecomap-print.pdf' });

  // A support note about the parent, amended, with its history.
  await clientTab(page, 'Notes').click();
  await expect(page).toHaveURL(`${clientPath}/notes`);
  await page
    .getByRole('button', { name: /Add (the first )?note/ })
    .first()
    .click();
  const noteDialog = page.getByRole('dialog', { name: 'Add a support note' });
  // The dialog puts the focus in the note itself; typing waits for it so no keystroke goes elsewhere.
  await expect(noteDialog.getByLabel('Note', { exact: true })).toBeFocused();
  await noteDialog
    .getByLabel('Note', { exact: true })
    .fill(`${parentName} now drives the client to sessions.`);
  await page.getByRole('combobox', { name: 'People this note is about' }).click();
  await page.getByRole('option', { name: parentName }).click();
  await page.keyboard.press('Escape');
  await noteDialog.getByRole('button', { name: 'Add note' }).click();
  await expect(noteDialog).toBeHidden();
  const note = page
    .getByRole('listitem')
    .filter({ hasText: `${parentName} now drives the client to sessions.` });
  await expect(note).toBeVisible();
  await expect(note.getByText(parentName, { exact: true })).toBeVisible();

  await note.getByRole('button', { name: /^Amend/ }).click();
  const amendDialog = page.getByRole('dialog', { name: /^Amend the note of/ });
  await expect(amendDialog.getByLabel('Note', { exact: true })).toBeFocused();
  await amendDialog
    .getByLabel('Note', { exact: true })
    .fill(`${parentName} now drives the client to sessions on Tuesdays.`);
  await amendDialog.getByLabel('Reason for the amendment').fill('Added the day');
  await amendDialog.getByRole('button', { name: 'Save amendment' }).click();
  await expect(amendDialog).toBeHidden();
  const amended = page.getByRole('listitem').filter({ hasText: 'on Tuesdays.' });
  await expect(amended).toContainText('Amended');

  await amended.getByRole('button', { name: /^History/ }).click();
  const history = page.getByRole('dialog', { name: /^History of the note of/ });
  await expect(history.getByRole('heading', { name: 'Original' })).toBeVisible();
  await expect(history.getByRole('heading', { name: 'Amendment 1' })).toBeVisible();
  await expect(history).toContainText(`${parentName} now drives the client to sessions.`);
  await expect(history).toContainText('Reason: Added the day');
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, 'notes-history');
  await history.getByRole('button', { name: 'Close' }).click();
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, 'notes');

  console.expectNone();
});

test('the ecomap stays legible with 12 and with 40 people', async ({ page, context }) => {
  const console = watchConsoleErrors(page);
  await signIn(page, DEMO.therapist);
  const headers = await apiHeaders(context);
  const relationships = [
    'parent',
    'sibling',
    'friend',
    'neighbour',
    'peer-support-group',
    'faith-community',
    'case-worker',
    'partner',
    'colleague',
    'volunteer-role',
  ];
  const givenNames = [
    'Maria',
    'Amir',
    'Jo',
    'Sam',
    'Priya',
    'Kofi',
    'Lena',
    'Hamish',
    'Ines',
    'Chidi',
  ];
  const familyNames = [
    'Lopez',
    'Haddad',
    'Featherstonehaugh-Smith',
    'Okafor',
    'Nguyen',
    'Walsh',
    'Andersson',
    'Kowalczyk',
  ];

  for (const count of [12, 40]) {
    const suffix = uniqueSuffix();
    const client = await page.request.post('/api/v1/clients', {
      headers,
      data: {
        preferredName: `Rowan ${suffix}`,
        legalName: `Rowan Ecomap ${suffix}`,
        dateOfBirth: '1990-05-01',
        caseNumber: `E2E-MAP-${count}-${suffix}`,
        pronouns: '',
        primaryConcerns: ['anxiety'],
        treatmentStart: daysFromToday(-90),
        familyConsent: 'partial',
      },
    });
    expect(client.status(), await client.text()).toBe(201);
    const { id } = (await client.json()) as { id: string };
    for (let index = 0; index < count; index++) {
      const response = await page.request.post(`/api/v1/clients/${id}/network`, {
        headers,
        data: {
          name: `${givenNames[index % givenNames.length]} ${familyNames[(index * 3) % familyNames.length]}`,
          relationship: relationships[index % relationships.length],
          supportTypes: (
            ['emotional', 'informational', 'instrumental', 'companionship'] as const
          ).filter((_, type) => (index + type) % 3 !== 0),
          tieStrength: (['strong', 'moderate', 'weak'] as const)[index % 3],
          tieQuality: (['supportive', 'supportive', 'mixed', 'strained', 'harmful'] as const)[
            index % 5
          ],
          energyFlow: (['both', 'to-client', 'from-client'] as const)[index % 3],
          contactFrequency: 'weekly',
          consent:
            index % 4 === 0
              ? { status: 'not-asked' }
              : { status: 'granted', scope: 'Attendance', givenOn: daysFromToday(-30) },
          activeFrom: daysFromToday(-120),
        },
      });
      expect(response.status(), await response.text()).toBe(201);
    }

    await page.goto(`/clients/${id}/network`);
    await expect(memberButtons(page)).toHaveCount(count);
    await expect(page.getByRole('region', { name: 'Network summary' })).toContainText(
      String(count),
    );
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, `ecomap-${count}`);
  }

  console.expectNone();
});
