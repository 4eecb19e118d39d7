import { ChangeDetectionStrategy, Component, effect, inject, signal } from '@angular/core';
import { Title } from '@angular/platform-browser';
import type { PublicForm } from '@domain/self-report/public-form';
import { UNUSABLE_LINK_MESSAGE } from '@domain/self-report/unusable-link';
import { FeedbackForm } from './feedback-form';
import { LinkAddress } from './link-token';
import { MeasuresForm } from './measures-form';
import { NoticePage } from './notice-page';
import { SelfReportLink } from './self-report-link';

/** Where the page is: one of these at a time, each its own screen. */
export type AnswerPhase = 'loading' | 'form' | 'sent' | 'unusable' | 'rate-limited' | 'unavailable' | 'no-link';

const PAGE_TITLES: Readonly<Record<AnswerPhase, string>> = {
  loading: 'Loading your questions',
  form: 'Your answers',
  sent: 'Thank you',
  unusable: 'Link no longer usable',
  'rate-limited': 'Too many tries',
  unavailable: 'Could not load the questions',
  'no-link': 'Open your link again',
};

/**
 * The answering page of a self-report or session-feedback link. It knows the link's token only in
 * memory: the address bar shows `/r/` from the first moment.
 */
@Component({
  selector: 'answer-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MeasuresForm, FeedbackForm, NoticePage],
  template: `
    @if (form(); as form) {
      <header class="masthead">
        <p class="clinic-name">{{ form.clinicName }}</p>
      </header>
    }
    <main class="page">
      @switch (phase()) {
        @case ('loading') {
          <p class="loading" role="status">Loading your questions…</p>
        }
        @case ('form') {
          @if (form(); as form) {
            @if (form.kind === 'measures') {
              <answer-measures-form [form]="form" (sent)="phase.set('sent')" (unusable)="phase.set('unusable')" />
            } @else {
              <answer-feedback-form [form]="form" (sent)="phase.set('sent')" (unusable)="phase.set('unusable')" />
            }
          }
        }
        @case ('sent') {
          <answer-notice-page [heading]="form()?.firstName ? 'Thank you, ' + form()?.firstName : 'Thank you'">
            <p>Your answers have been sent to {{ form()?.clinicName }}. There is nothing more to do: you can close this page.</p>
          </answer-notice-page>
        }
        @case ('unusable') {
          <answer-notice-page [heading]="unusableMessage">
            <p>Links work for a limited time, once. If you have already sent your answers, there is nothing more to do.</p>
          </answer-notice-page>
        }
        @case ('rate-limited') {
          <answer-notice-page heading="Too many tries">
            <p>This link has been tried too often in a short time. Wait a few minutes, then try again.</p>
            <button type="button" class="button primary" (click)="load()">Try again</button>
          </answer-notice-page>
        }
        @case ('unavailable') {
          <answer-notice-page heading="Your questions could not be loaded">
            <p>Check your internet connection, then try again.</p>
            <button type="button" class="button primary" (click)="load()">Try again</button>
          </answer-notice-page>
        }
        @case ('no-link') {
          <answer-notice-page heading="Open your link again">
            <p>
              For your privacy the link is taken out of the address bar as soon as the page opens, so this page cannot be reloaded. Open the
              link you were given again, from the message or the printed sheet.
            </p>
          </answer-notice-page>
        }
      }
    </main>
  `,
})
export class AnswerApp {
  private readonly link = inject(SelfReportLink);
  private readonly title = inject(Title);

  protected readonly phase = signal<AnswerPhase>('loading');
  protected readonly form = signal<PublicForm | null>(null);
  protected readonly unusableMessage = UNUSABLE_LINK_MESSAGE;

  constructor() {
    effect(() => {
      const clinic = this.form()?.clinicName;
      this.title.setTitle(clinic ? `${PAGE_TITLES[this.phase()]} · ${clinic}` : PAGE_TITLES[this.phase()]);
    });
    const token = inject(LinkAddress).takeToken();
    if (token === null) {
      this.phase.set('no-link');
      return;
    }
    this.link.open(token);
    void this.load();
  }

  protected async load(): Promise<void> {
    this.phase.set('loading');
    const result = await this.link.load();
    if (result.outcome === 'form') {
      this.form.set(result.form);
    }
    this.phase.set(result.outcome);
  }
}
