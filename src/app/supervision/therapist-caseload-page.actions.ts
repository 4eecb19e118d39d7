import { createActionGroup, emptyProps, props } from '@ngrx/store';

export const TherapistCaseloadPageActions = createActionGroup({
  source: 'Therapist Caseload Page',
  events: {
    Opened: props<{ therapistId: string }>(),
    'Page Changed': props<{ page: number; pageSize: number }>(),
    'Retry Clicked': emptyProps(),
  },
});
