import { afterNextRender, ChangeDetectionStrategy, Component, computed, effect, ElementRef, inject, Injector, input, output, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOptgroup, MatOption, MatSelect } from '@angular/material/select';
import { todayIsoDate } from '@domain/common/iso-date';
import { PROGRAMME_KINDS } from '@domain/community/programme-codes';
import type { CommunityProgramme } from '@domain/community/programme';
import { GROUP_KINDS } from '@domain/groups/group-codes';
import type { Group } from '@domain/groups/group';
import { RELATIONSHIPS } from '@domain/network/network-codes';
import type { NetworkMember } from '@domain/network/network-member';
import type { ProblemDocument } from '@domain/problem/problem-document';
import type { ClientReferral } from '@domain/referrals/referral';
import { REFERRAL_SHARED_DETAILS, REFERRAL_STATUSES, type ReferralSharedDetail, type ReferralStatus } from '@domain/referrals/referral-codes';
import { relationshipForReferral } from '@domain/referrals/referral-network';
import { createReferralRequestSchema } from '@domain/referrals/referral-requests';
import type { Observable } from 'rxjs';
import { GroupsApi } from '../../groups/groups-api';
import { SaveNotice } from '../../groups/save-notice/save-notice';
import { checkWithSchema } from '../../shared/forms/check-with-schema';
import { EmptyState } from '../../shared/empty-state/empty-state';
import { ConflictNotice } from '../../shared/conflict-notice/conflict-notice';
import { RequestStatus } from '../../shared/request-status/request-status';
import { formatCalendarDate } from '../../shared/time/calendar-date';
import { saveFailureOf } from '../../shared/versioned-edits/save-failure';
import { problemOf } from '../../core/errors/problem-of';
import { ReferralsApi } from '../referrals-api';
import { attendingSince, nextSteps, offersNetworkLink } from '../referral-words';

/** A write on one referral that met a newer version: the referral as it is now, and what the user meant to do. */
interface Conflict {
  readonly current: ClientReferral;
  readonly retry: (version: number) => Observable<ClientReferral>;
  readonly changesNetwork: boolean;
}

/**
 * Referrals from the client's support network to a clinic group or a community programme, followed
 * to the end: each referral's timeline (status, date, who recorded it), the next step for a
 * programme (a clinic group's referral moves with its roster), and, once the client attends, the
 * offer to put the programme on the network (a new member, or one already there). Therapists act;
 * supervisors read.
 */
@Component({
  selector: 'app-referrals-panel',
  imports: [
    FormsModule,
    RouterLink,
    MatAnchor,
    MatButton,
    MatCheckbox,
    MatFormField,
    MatLabel,
    MatHint,
    MatInput,
    MatSelect,
    MatOption,
    MatOptgroup,
    EmptyState,
    ConflictNotice,
    RequestStatus,
    SaveNotice,
  ],
  templateUrl: './referrals-panel.html',
  styleUrl: './referrals-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReferralsPanel {
  private readonly api = inject(ReferralsApi);
  private readonly groupsApi = inject(GroupsApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  /** `#refer` in the address: the client's Groups tab sent the therapist here to refer (one form, with consent). */
  private readonly arrivedToRefer = inject(ActivatedRoute, { optional: true })?.snapshot.fragment === 'refer';

  readonly clientId = input.required<string>();
  readonly clientName = input.required<string>();
  readonly canEdit = input(false);
  /** Today's network members, to link an attended programme to one already there. */
  readonly members = input<readonly NetworkMember[]>([]);
  /** A programme joined the network: the network on screen must reload. */
  readonly networkChanged = output<void>();

  protected readonly statuses = REFERRAL_STATUSES;
  protected readonly sharedDetailWords = REFERRAL_SHARED_DETAILS;
  protected readonly sharedDetailCodes = Object.keys(REFERRAL_SHARED_DETAILS) as ReferralSharedDetail[];
  protected readonly programmeKinds = PROGRAMME_KINDS;
  protected readonly groupKinds = GROUP_KINDS;
  protected readonly relationships = RELATIONSHIPS;
  protected readonly today = todayIsoDate();
  protected readonly date = formatCalendarDate;
  protected readonly nextSteps = nextSteps;
  protected readonly offersNetworkLink = offersNetworkLink;
  protected readonly detailWord = (detail: ReferralSharedDetail) => REFERRAL_SHARED_DETAILS[detail];

  protected readonly referrals = signal<readonly ClientReferral[]>([]);
  protected readonly loading = signal(true);
  protected readonly loadProblem = signal<ProblemDocument | null>(null);
  protected readonly groups = signal<readonly Group[]>([]);
  protected readonly programmes = signal<readonly CommunityProgramme[]>([]);

  // The new referral form.
  protected readonly formOpen = signal(false);
  protected readonly target = signal<string | null>(null);
  protected readonly reason = signal('');
  protected readonly consentToShare = signal(false);
  protected readonly consentGivenOn = signal(this.today);
  protected readonly referredOn = signal(this.today);
  protected readonly sharedDetails = signal<ReadonlySet<ReferralSharedDetail>>(new Set(['name']));
  protected readonly createProblem = signal<ProblemDocument | null>(null);
  protected readonly saving = signal(false);

  // One referral's next step, or its link to the network.
  protected readonly editing = signal<string | null>(null);
  protected readonly stepStatus = signal<ReferralStatus | null>(null);
  protected readonly stepOn = signal(this.today);
  protected readonly stepNote = signal('');
  protected readonly memberChoice = signal<string | null>(null);
  protected readonly rowProblem = signal<{ readonly referralId: string; readonly problem: ProblemDocument } | null>(null);
  protected readonly conflict = signal<Conflict | null>(null);

  protected readonly activeMembers = computed(() => this.members().filter((member) => member.endedOn === null));
  protected readonly openGroups = computed(() => this.groups().filter((group) => group.schedule.endDate >= this.today));

  constructor() {
    effect(() => {
      const clientId = this.clientId();
      untracked(() => this.load(clientId));
    });
    effect(() => {
      if (this.canEdit() && this.arrivedToRefer && !untracked(this.formOpen)) {
        untracked(() => {
          this.openForm();
          // The form is below the ecomap: bring it into view and put the reader at its heading.
          afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('#new-referral-heading')?.focus(), { injector: this.injector });
        });
      }
    });
    effect(() => {
      if (this.canEdit()) {
        untracked(() => {
          this.groupsApi.loadGroups().subscribe({ next: (groups) => this.groups.set(groups), error: () => this.groups.set([]) });
          this.api.programmes().subscribe({ next: (programmes) => this.programmes.set(programmes), error: () => this.programmes.set([]) });
        });
      }
    });
  }

  protected load(clientId = this.clientId()): void {
    this.loading.set(true);
    this.loadProblem.set(null);
    this.api.list(clientId).subscribe({
      next: (referrals) => {
        this.referrals.set(referrals);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.loadProblem.set(problemOf(error));
        this.loading.set(false);
      },
    });
  }

  protected fieldError(field: string): string | null {
    return this.createProblem()?.errors?.find((error) => error.field === field)?.message ?? null;
  }

  protected toggleDetail(detail: ReferralSharedDetail, checked: boolean): void {
    const next = new Set(this.sharedDetails());
    if (checked) {
      next.add(detail);
    } else {
      next.delete(detail);
    }
    this.sharedDetails.set(next);
  }

  protected openForm(): void {
    this.formOpen.set(true);
    this.createProblem.set(null);
  }

  protected closeForm(): void {
    this.formOpen.set(false);
    this.target.set(null);
    this.reason.set('');
    this.consentToShare.set(false);
    this.sharedDetails.set(new Set(['name']));
    this.createProblem.set(null);
  }

  protected refer(): void {
    const [type, id] = this.target()?.split(':') ?? [];
    const checked = checkWithSchema(createReferralRequestSchema, {
      ...(type === 'group' ? { groupId: id } : type === 'programme' ? { programmeId: id } : {}),
      consentToShare: this.consentToShare(),
      consentGivenOn: this.consentGivenOn(),
      sharedDetails: this.sharedDetailCodes.filter((detail) => this.sharedDetails().has(detail)),
      reason: this.reason(),
      referredOn: this.referredOn(),
    });
    if ('problem' in checked) {
      this.createProblem.set(checked.problem);
      return;
    }
    this.saving.set(true);
    this.api.create(this.clientId(), checked.request).subscribe({
      next: (referral) => {
        this.saving.set(false);
        this.referrals.update((list) => [referral, ...list]);
        this.closeForm();
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.createProblem.set(problemOf(error));
      },
    });
  }

  protected startStep(referral: ClientReferral): void {
    this.editing.set(referral.id);
    this.stepStatus.set(nextSteps(referral)[0] ?? null);
    this.stepOn.set(this.today);
    this.stepNote.set('');
    this.rowProblem.set(null);
  }

  protected cancelStep(): void {
    this.editing.set(null);
    this.rowProblem.set(null);
  }

  protected saveStep(referral: ClientReferral): void {
    const status = this.stepStatus();
    if (status === null) {
      return;
    }
    const request = (version: number) => this.api.recordStep(this.clientId(), referral.id, { status, on: this.stepOn(), note: this.stepNote(), version });
    this.write(referral, request);
  }

  /** Adds the attended programme to the network, in the category its kind belongs to. */
  protected addToNetwork(referral: ClientReferral): void {
    const member = {
      name: referral.target.name,
      relationship: relationshipForReferral(referral.target.type === 'group' ? { type: 'group', kind: referral.target.kind } : { type: 'programme', kind: referral.target.kind }),
      supportTypes: ['companionship' as const],
      tieStrength: 'weak' as const,
      tieQuality: 'supportive' as const,
      energyFlow: 'both' as const,
      contactFrequency: 'weekly' as const,
      livesWithClient: false,
      involvement: 'none' as const,
      consent: { status: 'not-asked' as const, scope: '', givenOn: null, expiresOn: null },
      emergencyContact: false,
      boundariesNote: '',
      activeFrom: attendingSince(referral) ?? this.today,
    };
    this.write(referral, (version) => this.api.linkToNetwork(this.clientId(), referral.id, { member, version }), true);
  }

  protected linkMember(referral: ClientReferral): void {
    const memberId = this.memberChoice();
    if (memberId !== null) {
      this.write(referral, (version) => this.api.linkToNetwork(this.clientId(), referral.id, { memberId, version }), true);
    }
  }

  protected relationshipWord(referral: ClientReferral): string {
    const code = relationshipForReferral(referral.target.type === 'group' ? { type: 'group', kind: referral.target.kind } : { type: 'programme', kind: referral.target.kind });
    return RELATIONSHIPS[code].label;
  }

  protected memberName(memberId: string): string {
    return this.members().find((member) => member.id === memberId)?.name ?? 'a network member';
  }

  protected reapply(): void {
    const conflict = this.conflict();
    if (conflict !== null) {
      this.replace(conflict.current);
      this.conflict.set(null);
      this.write(conflict.current, conflict.retry, conflict.changesNetwork);
    }
  }

  protected discard(): void {
    const conflict = this.conflict();
    if (conflict !== null) {
      this.replace(conflict.current);
      this.conflict.set(null);
      this.cancelStep();
    }
  }

  private write(referral: ClientReferral, request: (version: number) => Observable<ClientReferral>, changesNetwork = false): void {
    this.saving.set(true);
    this.rowProblem.set(null);
    request(referral.version).subscribe({
      next: (saved) => {
        this.saving.set(false);
        this.replace(saved);
        this.editing.set(null);
        this.memberChoice.set(null);
        if (changesNetwork) {
          this.networkChanged.emit();
        }
      },
      error: (error: unknown) => {
        this.saving.set(false);
        const failure = saveFailureOf<ClientReferral>(error);
        if (failure.current !== null) {
          this.conflict.set({ current: failure.current, retry: request, changesNetwork });
        } else {
          this.rowProblem.set({ referralId: referral.id, problem: failure.problem });
        }
      },
    });
  }

  private replace(referral: ClientReferral): void {
    this.referrals.update((list) => list.map((item) => (item.id === referral.id ? referral : item)));
  }
}
