/** Polls until `condition` holds (for work that finishes asynchronously, e.g. a lazy import). */
export async function waitFor(condition: () => boolean, description: string, timeoutMs = 3000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) {
      throw new Error(`Timed out waiting for ${description}.`);
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
