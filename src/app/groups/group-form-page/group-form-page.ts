import { ChangeDetectionStrategy, Component, effect, inject, input, type OnInit, untracked } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { Router } from '@angular/router';
import { GROUP_FREQUENCIES, GROUP_KINDS, MAX_GROUP_CAPACITY } from '@domain/groups/group-codes';
import { createGroupRequestSchema, updateGroupRequestSchema } from '@domain/groups/group-requests';
import type { Group } from '@domain/groups/group';
import { MODALITIES } from '@domain/sessions/session-codes';
import { Store } from '@ngrx/store';
import { applyFieldErrors, FIELD_ERROR } from '../../shared/forms/apply-field-errors';
import { injectFocusFirstInvalid } from '../../shared/forms/focus-first-invalid';
import { validateWithSchema } from '../../shared/forms/validate-with-schema';
import { GroupPageActions } from '../group-page.actions';
import { GroupsPageActions } from '../groups-page.actions';
import { groupsFeature } from '../groups.feature';
import { SaveNotice } from '../save-notice/save-notice';

/** A supervisor or administrator sets up a group (or, with `groupId`, changes one): what it is, who runs it, when it meets, how many it takes. */
@Component({
  selector: 'app-group-form-page',
  imports: [ReactiveFormsModule, MatButton, MatFormField, MatLabel, MatError, MatHint, MatInput, MatSelect, MatOption, SaveNotice],
  templateUrl: './group-form-page.html',
  styleUrl: './group-form-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class GroupFormPage implements OnInit {
  private readonly store = inject(Store);
  /** Set when changing an existing group (`/groups/:groupId/edit`). */
  readonly groupId = input<string | undefined>(undefined);
  private readonly openGroup = this.store.selectSignal(groupsFeature.selectOpenGroup);
  private editedVersion: number | null = null;
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
    // The group being changed fills the form once, when it arrives.
    effect(() => {
      const group = this.openGroup();
      if (group !== null && group.id === this.groupId() && this.editedVersion === null) {
        untracked(() => this.fill(group));
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
    const groupId = this.groupId();
    if (groupId !== undefined) {
      this.store.dispatch(GroupPageActions.opened({ groupId }));
    }
  }

  private fill(group: Group): void {
    this.editedVersion = group.version;
    this.form.setValue({
      name: group.name,
      kind: group.kind,
      capacity: group.capacity,
      facilitatorIds: group.facilitators.map((facilitator) => facilitator.id),
      peerFacilitators: group.peerFacilitators.join(', '),
      schedule: { ...group.schedule },
    });
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
    const groupId = this.groupId();
    if (groupId !== undefined) {
      const update = validateWithSchema(this.form, updateGroupRequestSchema, { ...value, version: this.editedVersion });
      if (update === null) {
        this.focusFirstInvalid();
        return;
      }
      this.submittedName = update.name;
      this.store.dispatch(GroupsPageActions.updateSubmitted({ groupId, request: update }));
      return;
    }
    const request = validateWithSchema(this.form, createGroupRequestSchema, value);
    if (request === null) {
      this.focusFirstInvalid();
      return;
    }
    this.submittedName = request.name;
    this.store.dispatch(GroupsPageActions.createSubmitted({ request }));
  }

  protected cancel(): void {
    const groupId = this.groupId();
    void this.router.navigate(groupId === undefined ? ['/groups'] : ['/groups', groupId]);
  }
}
