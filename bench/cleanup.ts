/**
 * Things to undo, newest first (stop the servers before removing their database). Runs once, from
 * `finally` or from a signal handler, whichever comes first; a failing step does not skip the rest.
 */
export class CleanupStack {
  private readonly steps: { readonly what: string; readonly undo: () => Promise<void> }[] = [];
  private running: Promise<void> | undefined;

  push(what: string, undo: () => Promise<void>): void {
    this.steps.push({ what, undo });
  }

  run(): Promise<void> {
    this.running ??= this.runAll();
    return this.running;
  }

  private async runAll(): Promise<void> {
    for (const step of this.steps.reverse()) {
      try {
        await step.undo();
      } catch (error) {
        process.stderr.write(`bench: could not ${step.what}: ${error instanceof Error ? error.message : String(error)}\n`);
      }
    }
  }

  /** Ctrl-C or a kill still stops the children and removes the temporary database. */
  runOnSignals(): void {
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
      process.once(signal, () => {
        process.stderr.write(`\nbench: ${signal}, cleaning up…\n`);
        void this.run().finally(() => process.exit(130));
      });
    }
  }
}
