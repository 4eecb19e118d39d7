import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import type { MatInputHarness } from '@angular/material/input/testing';
import { MatRadioGroupHarness } from '@angular/material/radio/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { todayIsoDate } from '@domain/common/iso-date';
import type { Role } from '@domain/accounts/role';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { sessionInfoFor, signedInState } from '../../../testing/auth-fixtures';
import { clientsStateWith, clientWith } from '../../clients/testing/clients-fixtures';
import { MeasureFormActions } from '../measure-form.actions';
import type { MeasuresState } from '../measures.feature';
import { CLIENT_ID, measureNumber, measuresStateWith, problemWith } from '../testing/measures-fixtures';
import MeasureFormPage from './measure-form-page';
import { provideRouterStateInMockStore } from '../../../testing/router-state';

@Component({ selector: 'app-measures-stub', template: 'Measures tab', changeDetection: ChangeDetectionStrategy.OnPush })
class MeasuresStub {}

describe('MeasureFormPage', () => {
  let store: MockStore;
  let dispatch: jasmine.Spy;
  let loader: HarnessLoader;
  let host: HTMLElement;
  let harness: RouterTestingHarness;
  const today = todayIsoDate();
  const saved = measureNumber(2, 'ucla-3', [2, 2, 1], { version: 3 });

  function stateWith(measures: MeasuresState, role: Role = 'therapist') {
    return {
      ...signedInState(sessionInfoFor(role)),
      measures,
      clients: clientsStateWith({ clientId: CLIENT_ID, client: clientWith({ id: CLIENT_ID, treatmentStart: '2026-01-05' }) }),
    };
  }

  async function open(url: string, measures: MeasuresState = measuresStateWith([saved])): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          {
            path: 'clients/:id',
            children: [
              { path: 'measures', component: MeasuresStub },
              { path: 'measures/new', component: MeasureFormPage },
              { path: 'measures/:measureId/amend', component: MeasureFormPage },
            ],
          },
        ]),
        provideRouterStateInMockStore(),
        provideMockStore({ initialState: stateWith(measures) }),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    store = TestBed.inject(MockStore);
    dispatch = spyOn(store, 'dispatch').and.callThrough();
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url, MeasureFormPage);
    host = harness.routeNativeElement!;
    loader = TestbedHarnessEnvironment.loader(harness.fixture);
  }

  const recordUrl = `/clients/${CLIENT_ID}/measures/new`;
  const text = () => host.textContent!.replace(/\s+/g, ' ');
  const radiosOf = (item: number) => Array.from(host.querySelectorAll<HTMLInputElement>(`#measure-item-${item} input[type="radio"]`));
  const press = async (item: number, key: string) => {
    const target = radiosOf(item)[0];
    target.focus();
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    await harness.fixture.whenStable();
  };
  const chooseInstrument = async (name: string) => {
    const select = await loader.getHarness(MatSelectHarness);
    await select.open();
    await select.clickOptions({ text: new RegExp(`^${name}:`) });
  };
  const chooseCompletedBy = async (label: string) => {
    const group = await loader.getHarness(MatRadioGroupHarness.with({ selector: '.completed-by' }));
    await group.checkRadioButton({ label });
  };
  const save = async () => (await loader.getHarness(MatButtonHarness.with({ text: /Save measure/ }))).click();

  it('opens for the client in the route, with today as the date administered', async () => {
    await open(recordUrl);

    expect(dispatch).toHaveBeenCalledWith(MeasureFormActions.recordOpened({ clientId: CLIENT_ID }));
    expect(host.querySelector('h2')!.textContent).toContain('Record a measure');
    const date = await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Date administered' }));
    expect(await ((await date.getControl()) as MatInputHarness).getValue()).toBe(today);
  });

  it('labels every item "Item N: text" with its answers showing their values', async () => {
    await open(recordUrl);

    const groups = await loader.getAllHarnesses(MatRadioGroupHarness.with({ selector: '.options' }));
    expect(groups.length).toBe(12);
    expect(host.querySelector('#measure-item-label-0')!.textContent).toBe('Item 1: There is a special person who is around when I am in need.');
    expect(host.querySelector('#measure-item-0')!.getAttribute('aria-labelledby')).toBe('measure-item-label-0');
    const labels = Array.from(host.querySelectorAll('#measure-item-0 label')).map((label) => label.textContent!.replace(/\s+/g, ' ').trim());
    expect(labels[0]).toBe('1 Very strongly disagree');
    expect(labels[6]).toBe('7 Very strongly agree');
  });

  it('picks an answer with its number key and moves on to the next item', async () => {
    await open(recordUrl);

    await press(0, '5');

    expect(radiosOf(0)[4].checked).toBeTrue();
    expect(document.activeElement).toBe(radiosOf(1)[0]);
    // A number outside the scale does nothing.
    await press(1, '9');
    expect(radiosOf(1).some((radio) => radio.checked)).toBeFalse();
    expect(document.activeElement).toBe(radiosOf(1)[0]);
  });

  it('uses the instrument’s own values: 0–5 for the LSNS-6', async () => {
    await open(recordUrl);
    await chooseInstrument('LSNS-6');

    expect(radiosOf(0).length).toBe(6);
    expect(host.querySelector('.group-heading')!.textContent).toContain('Family');
    await press(0, '0');
    expect(radiosOf(0)[0].checked).toBeTrue();
    await press(5, '5');
    expect(radiosOf(5)[5].checked).toBeTrue();
    // After the last item, on to saving.
    expect(document.activeElement).toBe(host.querySelector('#measure-save'));
  });

  it('counts answers, then shows the live score, subscales and band once all are answered', async () => {
    await open(recordUrl);
    await press(0, '3');
    expect(text()).toContain('1 of 12 answered');

    for (let item = 1; item < 12; item++) {
      await press(item, item < 4 ? '2' : '3');
    }

    const score = host.querySelector('.score-body')!.textContent!.replace(/\s+/g, ' ');
    // Items 1–4 answered 3,2,2,2 and the rest 3: mean 2.75, low perceived support.
    expect(score).toContain('2.75 total');
    expect(score).toContain('Low perceived support');
    expect(score).toContain('Significant other2.75');
    expect(score).toContain('Family2.50');
    expect(score).toContain('Friends3.00');
  });

  it('validates with the shared schema before sending, naming each unanswered item at the item', async () => {
    await open(recordUrl);
    await chooseInstrument('UCLA-3');
    await press(0, '2');

    await save();

    expect(text()).toContain('Choose who completed it.');
    expect(host.querySelector('#measure-item-error-1')!.textContent).toBe('Item 2 is unanswered.');
    expect(host.querySelector('#measure-item-error-2')!.textContent).toBe('Item 3 is unanswered.');
    expect(host.querySelector('#measure-item-1')!.getAttribute('aria-invalid')).toBe('true');
    expect(host.querySelector('#measure-item-1')!.getAttribute('aria-describedby')).toBe('measure-item-error-1');
    expect(dispatch).not.toHaveBeenCalledWith(jasmine.objectContaining({ type: MeasureFormActions.recordSubmitted.type }));
  });

  it('refuses a date before treatment start or in the future before sending', async () => {
    await open(recordUrl);
    await chooseInstrument('UCLA-3');
    await chooseCompletedBy('Client self-report');
    for (const item of [0, 1, 2]) {
      await press(item, '1');
    }
    const date = (await (await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Date administered' }))).getControl()) as MatInputHarness;

    await date.setValue('2025-12-31');
    await save();
    expect(text()).toContain('Must not be before treatment start (2026-01-05).');

    await date.setValue('2999-01-01');
    await save();
    expect(text()).toContain('Must not be in the future.');
    expect(dispatch).not.toHaveBeenCalledWith(jasmine.objectContaining({ type: MeasureFormActions.recordSubmitted.type }));
  });

  it('sends the answers when every item is answered', async () => {
    await open(recordUrl);
    await chooseInstrument('UCLA-3');
    await chooseCompletedBy('Clinician-administered');
    await press(0, '1');
    await press(1, '3');
    await press(2, '2');

    await save();

    expect(dispatch).toHaveBeenCalledWith(
      MeasureFormActions.recordSubmitted({
        clientId: CLIENT_ID,
        request: { instrument: 'ucla-3', administeredOn: today, completedBy: 'clinician-administered', answers: [1, 3, 2] },
      }),
    );
  });

  it('shows the server’s field errors at the item, and other problems above the form', async () => {
    await open(recordUrl);
    await chooseInstrument('UCLA-3');

    store.setState(
      stateWith(
        measuresStateWith([saved], {
          saveStatus: 'failed',
          saveError: problemWith(400, { errors: [{ field: 'answers.2', message: 'Item 3: answer from 1 to 3.' }] }),
        }),
      ),
    );
    await harness.fixture.whenStable();
    expect(host.querySelector('#measure-item-error-2')!.textContent).toBe('Item 3: answer from 1 to 3.');

    store.setState(stateWith(measuresStateWith([saved], { saveStatus: 'failed', saveError: problemWith(403, { detail: 'Only the client’s therapist records measures.' }) })));
    await harness.fixture.whenStable();
    expect(host.querySelector('[role="alert"]')!.textContent).toContain('Only the client’s therapist records measures.');
  });

  it('goes back to the Measures tab once saved', async () => {
    await open(recordUrl);

    store.setState(stateWith(measuresStateWith([saved], { saveStatus: 'saved' })));
    await harness.fixture.whenStable();

    expect(TestBed.inject(Router).url).toBe(`/clients/${CLIENT_ID}/measures`);
  });

  describe('amending', () => {
    const amendUrl = `/clients/${CLIENT_ID}/measures/${saved.id}/amend`;

    it('starts from the saved measure; the instrument stays', async () => {
      await open(amendUrl);

      expect(dispatch).toHaveBeenCalledWith(MeasureFormActions.amendOpened({ clientId: CLIENT_ID, measureId: saved.id }));
      expect(host.querySelector('h2')!.textContent).toContain('Amend the UCLA-3');
      expect(await loader.getAllHarnesses(MatSelectHarness)).toEqual([]);
      expect(radiosOf(0)[1].checked).toBeTrue();
      expect(radiosOf(2)[0].checked).toBeTrue();
      expect(text()).toContain('5 total');
    });

    it('needs an amendment reason, then sends the correction on the version it started from', async () => {
      await open(amendUrl);
      await press(2, '3');

      await save();
      const reason = await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Amendment reason' }));
      expect(await reason.getTextErrors()).toEqual(['Required.']);
      expect(dispatch).not.toHaveBeenCalledWith(jasmine.objectContaining({ type: MeasureFormActions.amendSubmitted.type }));

      await ((await reason.getControl()) as MatInputHarness).setValue('Keyed item 3 wrongly');
      await save();
      expect(dispatch).toHaveBeenCalledWith(
        MeasureFormActions.amendSubmitted({
          clientId: CLIENT_ID,
          measureId: saved.id,
          amendment: { administeredOn: saved.administeredOn, completedBy: 'self-report', answers: [2, 2, 3], amendmentReason: 'Keyed item 3 wrongly' },
          version: 3,
        }),
      );
    });

    it('after a conflict, shows the measure as it is now and re-applies the correction on its version', async () => {
      await open(amendUrl);
      const current = { ...saved, version: 4, amended: true, answers: [3, 3, 3], scores: { total: 9, subscales: {}, band: 'lonely' } };
      const amendment = { administeredOn: saved.administeredOn, completedBy: 'self-report' as const, answers: [2, 2, 3], amendmentReason: 'Typo' };
      store.setState(stateWith(measuresStateWith([saved], { saveStatus: 'conflicted', conflict: { current, amendment } })));
      await harness.fixture.whenStable();

      expect(text()).toContain('Someone else amended this measure after you opened it');
      expect(text()).toContain('9 (Lonely)');
      await (await loader.getHarness(MatButtonHarness.with({ text: 'Re-apply my changes' }))).click();
      expect(dispatch).toHaveBeenCalledWith(
        MeasureFormActions.amendSubmitted({ clientId: CLIENT_ID, measureId: saved.id, amendment, version: 4 }),
      );
    });

    it('discarding after a conflict shows the current answers', async () => {
      await open(amendUrl);
      const current = { ...saved, version: 4, amended: true, answers: [3, 3, 3], scores: { total: 9, subscales: {}, band: 'lonely' } };
      store.setState(
        stateWith(
          measuresStateWith([saved], {
            saveStatus: 'conflicted',
            conflict: { current, amendment: { administeredOn: saved.administeredOn, completedBy: 'self-report', answers: [1, 1, 1], amendmentReason: 'x' } },
          }),
        ),
      );
      await harness.fixture.whenStable();

      await (await loader.getHarness(MatButtonHarness.with({ text: 'Discard my changes' }))).click();

      expect(dispatch).toHaveBeenCalledWith(MeasureFormActions.conflictDiscarded({ current }));
      expect(radiosOf(0)[2].checked).toBeTrue();
    });

    it('says so when the measure is not this client’s', async () => {
      await open(`/clients/${CLIENT_ID}/measures/0190a1b2-3333-7000-8000-0000000000ff/amend`);

      expect(text()).toContain('This measure was not found for this client.');
    });
  });
});
