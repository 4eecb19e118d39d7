import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { type FormControl, type FormRecord, ReactiveFormsModule } from '@angular/forms';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import type { SessionAttendee } from '@domain/sessions/family-session';
import type { Attendance } from '@domain/sessions/session-codes';
import { FIELD_ERROR } from '../../shared/forms/apply-field-errors';

/**
 * Who came: one radio group per invited person (arrow keys move between the choices). A person
 * not marked yet stays "invited" until the clinician chooses.
 */
@Component({
  selector: 'app-attendance-fields',
  imports: [ReactiveFormsModule, MatRadioGroup, MatRadioButton],
  templateUrl: './attendance-fields.html',
  styleUrl: './attendance-fields.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AttendanceFields {
  readonly attendees = input.required<readonly SessionAttendee[]>();
  readonly group = input.required<FormRecord<FormControl<Attendance>>>();

  protected readonly fieldError = FIELD_ERROR;
  protected readonly choices = [
    { code: 'attended', label: 'Attended' },
    { code: 'late', label: 'Late' },
    { code: 'absent', label: 'Absent' },
  ] as const;
}
