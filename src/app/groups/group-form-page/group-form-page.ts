import { ChangeDetectionStrategy, Component, effect, inject, type OnInit } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { Router } from '@angular/router';
import { GROUP_FREQUENCIES, GROUP_KINDS, MAX_GROUP_CAPACITY } from '@domain/groups/group-codes';
import { createGroupRequestSchema } from '@domain/groups/group-requests';
import { MODALITIES } from '@domain/sessions/session-codes';
import { Store } from '@ngrx/store';
import { applyFieldErrors, FIELD_ERROR } from '../../shared/forms/apply-field-errors';
import { injectFocusFirstInvalid } from '../../shared/forms/focus-first-invalid';
import { validateWithSchema } from '../../shared/forms/validate-with-schema';
import { GroupsPageActions } from '../groups-page.actions';
import { groupsFeature } from '../groups.feature';
import { SaveNotice } from '../save-notice/save-notice';

/** A supervisor or administrator sets up a group: what it is, who runs it, when it meets, how many it takes. */
@Component({
  selector: 'app-group-form-page',
  imports: [ReactiveFormsModule, MatButton, MatFormField, MatLabel, MatError, MatHint, MatInput, MatSelect, MatOption, SaveNotice],
  templateUrl: './group-form-page.html',
  styleUrl: './group-form-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class GroupFormPage implements OnInit {
  private readonly store = inject(Store);
  private readonly router = inject(Router);
  protected readonly fieldError = FIELD_ERROR;
  protected readonly kinds = Object.entries(GROUP_KINDS);
  protected readonly frequencies = Object.entries(GROUP_FREQUENCIES);
  protected readonly modalities = Object.entries(MODALITIES);
  protected readonly maxCapacity = MAX_GROUP_CAPACITY;
  protected readonly options = this.store.selectSignal(groupsFeature.selectFacilitatorOptions);
  protected readonly saveStatus = this.store.selectSignal(groupsFeature.selectSaveStatus);
  protected readonly problem = this.store.selectSignal(groupsFeature.selectSaveProblem);
  private readonly groups = this.store.selectSignal(groupsFeature.selectAllGroups);
  private submittedName: string | null = null;
  private readonly focusFirstInvalid = injectFocusFirstInvalid();

  protected readonly form = inject(FormBuilder).nonNullable.group({
    name: '',
    kind: 'peer-support-group',
    capacity: 10,
    facilitatorIds: [[] as string[]],
    peerFacilitators: '',
    schedule: inject(FormBuilder).nonNullable.group({
      frequency: 'weekly',
      startDate: '',
      endDate: '',
      startTime: '18:00',
      durationMinutes: 90,
      modality: 'in-person',
      location: '',
    }),
  });

  constructor() {
    effect(() => {
      const problem = this.problem();
      if (problem?.errors && applyFieldErrors(this.form, problem.errors)) {
        this.focusFirstInvalid();
      }
    });
    effect(() => {
      if (this.saveStatus() === 'saved' && this.submittedName !== null) {
        const created = this.groups().find((group) => group.name === this.submittedName);
        if (created) {
          this.submittedName = null;
          void this.router.navigate(['/groups', created.id]);
        }
      }
    });
  }

  ngOnInit(): void {
    this.store.dispatch(GroupsPageActions.createDialogOpened());
  }

  protected save(): void {
    const raw = this.form.getRawValue();
    const value = {
      ...raw,
      capacity: Number(raw.capacity),
      peerFacilitators: raw.peerFacilitators
        .split(',')
        .map((name) => name.trim())
        .filter((name) => name !== ''),
      schedule: { ...raw.schedule, durationMinutes: Number(raw.schedule.durationMinutes) },
    };
    const request = validateWithSchema(this.form, createGroupRequestSchema, value);
    if (request === null) {
      this.focusFirstInvalid();
      return;
    }
    this.submittedName = request.name;
    this.store.dispatch(GroupsPageActions.createSubmitted({ request }));
  }

  protected cancel(): void {
    void this.router.navigate(['/groups']);
  }
}
