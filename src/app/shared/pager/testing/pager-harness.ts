import { ComponentHarness } from '@angular/cdk/testing';

/** Drives an app-pager the way a user does: by its visible labels. */
export class PagerHarness extends ComponentHarness {
  static hostSelector = 'app-pager';

  private readonly range = this.locatorFor('.range');
  private readonly previous = this.locatorFor('button:first-of-type');
  private readonly next = this.locatorFor('button:last-of-type');
  private readonly size = this.locatorForOptional('select');

  /** "26 – 50 of 60". */
  async getRangeLabel(): Promise<string> {
    return (await this.range()).text();
  }

  async goToNextPage(): Promise<void> {
    await (await this.next()).click();
  }

  async goToPreviousPage(): Promise<void> {
    await (await this.previous()).click();
  }

  async isNextPageDisabled(): Promise<boolean> {
    return (await (await this.next()).getProperty<boolean>('disabled')) === true;
  }

  async isPreviousPageDisabled(): Promise<boolean> {
    return (await (await this.previous()).getProperty<boolean>('disabled')) === true;
  }

  /** Null when the pager offers no choice of size. */
  async getPageSize(): Promise<number | null> {
    const select = await this.size();
    return select ? Number(await select.getProperty<string>('value')) : null;
  }

  async setPageSize(size: number): Promise<void> {
    const select = await this.size();
    if (!select) {
      throw new Error('This pager offers no choice of page size.');
    }
    await select.selectOptions([...(await this.sizeOptions())].indexOf(size));
  }

  private async sizeOptions(): Promise<number[]> {
    const options = await this.locatorForAll('option')();
    return Promise.all(options.map(async (option) => Number(await option.getProperty<string>('value'))));
  }
}
