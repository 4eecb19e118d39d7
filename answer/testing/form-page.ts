import type { ComponentFixture } from '@angular/core/testing';

/** Reads and drives a rendered answering form the way a person does: by questions, choices and buttons. */
export class FormPage {
  constructor(private readonly fixture: ComponentFixture<unknown>) {}

  private get root(): HTMLElement {
    return this.fixture.nativeElement as HTMLElement;
  }

  questions(): HTMLFieldSetElement[] {
    return [...this.root.querySelectorAll<HTMLFieldSetElement>('fieldset')];
  }

  question(legendText: string): HTMLFieldSetElement {
    const question = this.questions().find((fieldset) => fieldset.querySelector('legend')?.textContent?.includes(legendText));
    if (!question) {
      throw new Error(`No question "${legendText}"`);
    }
    return question;
  }

  /** The error shown inside a question, or null. */
  errorOf(legendText: string): string | null {
    return this.question(legendText).querySelector('.field-error')?.textContent?.trim() ?? null;
  }

  async choose(legendText: string, choiceLabel: string): Promise<void> {
    const label = [...this.question(legendText).querySelectorAll('label')].find((candidate) => candidate.textContent?.trim() === choiceLabel);
    if (!label) {
      throw new Error(`No choice "${choiceLabel}" in "${legendText}"`);
    }
    label.querySelector('input')?.click();
    await this.fixture.whenStable();
  }

  /** Chooses the first choice of every question on the page. */
  async answerAll(): Promise<void> {
    for (const question of this.questions()) {
      question.querySelector('input')?.click();
    }
    await this.fixture.whenStable();
  }

  async press(buttonText: string): Promise<void> {
    this.button(buttonText).click();
    await this.fixture.whenStable();
  }

  button(text: string): HTMLButtonElement {
    const button = [...this.root.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === text);
    if (!button) {
      throw new Error(`No button "${text}"`);
    }
    return button;
  }

  errorSummary(): HTMLElement | null {
    return this.root.querySelector('.error-summary');
  }

  summaryLinks(): string[] {
    return [...(this.errorSummary()?.querySelectorAll('a') ?? [])].map((link) => link.textContent?.trim() ?? '');
  }

  heading(level: 'h1' | 'h2'): string {
    return this.root.querySelector(level)?.textContent?.trim() ?? '';
  }

  text(): string {
    return this.root.textContent ?? '';
  }
}

/**
 * Lets a fetch the component awaits settle, then renders. Reading a Response's body takes the
 * browser a few turns of its task queue, hence a few rounds rather than one.
 */
export async function settle(fixture: ComponentFixture<unknown>): Promise<void> {
  for (let round = 0; round < 5; round++) {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }
}
