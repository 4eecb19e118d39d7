/** A clock that specs move by hand, to test timeouts and throttling windows without waiting. */
export class TestClock {
  private current: number;

  constructor(start = '2026-11-25T09:00:00.000Z') {
    this.current = Date.parse(start);
  }

  readonly now = (): Date => new Date(this.current);

  advanceSeconds(seconds: number): void {
    this.current += seconds * 1000;
  }
}
