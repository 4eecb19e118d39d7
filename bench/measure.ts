import autocannon from 'autocannon';
import { processCpuSeconds } from './process-cpu';

export interface LoadOptions {
  readonly url: string;
  readonly method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly headers?: Record<string, string>;
  readonly body?: string;
  readonly connections: number;
  readonly durationSeconds: number;
  readonly warmupSeconds: number;
  /** The serving process, to read its CPU time over the measured run (not when another load shares it). */
  readonly serverPid?: number;
}

export interface Measurement {
  /** Mean of the per-second request counts (all responses). */
  readonly requestsPerSecond: number;
  /** Latency percentiles of 2xx responses, in milliseconds (sub-millisecond resolution). */
  readonly latencyMs: { readonly p50: number; readonly p95: number; readonly p99: number };
  readonly totalRequests: number;
  readonly non2xx: number;
  /** Connection errors (refused, reset, …). */
  readonly errors: number;
  readonly timeouts: number;
  readonly statusCodes: Record<string, number>;
  readonly durationSeconds: number;
  /** The server's CPU time (all threads) over the measured run, per request; null when not read. */
  readonly serverCpuMsPerRequest: number | null;
}

/** Loads one URL with autocannon: an unrecorded warm-up, then the measured run. */
export async function measure(options: LoadOptions): Promise<Measurement> {
  if (options.warmupSeconds > 0) {
    await runAutocannon(options, options.warmupSeconds, () => undefined);
  }
  // autocannon's own percentiles are whole milliseconds and lack p95; record each latency instead.
  const latencies = new LatencyRecorder();
  const cpuBefore = options.serverPid === undefined ? null : processCpuSeconds(options.serverPid);
  const result = await runAutocannon(options, options.durationSeconds, (statusCode, responseTime) => {
    if (statusCode >= 200 && statusCode < 300) {
      latencies.record(responseTime);
    }
  });
  const cpuAfter = options.serverPid === undefined ? null : processCpuSeconds(options.serverPid);
  const statusCodes: Record<string, number> = {};
  for (const [code, stats] of Object.entries(result.statusCodeStats ?? {})) {
    statusCodes[code] = (stats as { count?: number }).count ?? 0;
  }
  return {
    requestsPerSecond: result.requests.mean,
    latencyMs: { p50: latencies.percentile(50), p95: latencies.percentile(95), p99: latencies.percentile(99) },
    totalRequests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    statusCodes,
    durationSeconds: result.duration,
    serverCpuMsPerRequest:
      cpuBefore === null || cpuAfter === null || result.requests.total === 0 ? null : ((cpuAfter - cpuBefore) * 1000) / result.requests.total,
  };
}

function runAutocannon(
  options: LoadOptions,
  durationSeconds: number,
  onResponse: (statusCode: number, responseTimeMs: number) => void,
): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        method: options.method ?? 'GET',
        headers: options.headers ?? {},
        ...(options.body !== undefined ? { body: options.body } : {}),
        connections: options.connections,
        duration: durationSeconds,
        timeout: 10,
      },
      (error: unknown, result: autocannon.Result) => (error ? reject(error as Error) : resolve(result)),
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => onResponse(statusCode, responseTime));
  });
}

/** Every latency of one run in a growing Float64Array; percentiles by nearest rank. */
class LatencyRecorder {
  private values = new Float64Array(1 << 16);
  private count = 0;
  private sorted = false;

  record(milliseconds: number): void {
    if (this.count === this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.count++] = milliseconds;
    this.sorted = false;
  }

  percentile(p: number): number {
    if (this.count === 0) {
      return Number.NaN;
    }
    if (!this.sorted) {
      this.values.subarray(0, this.count).sort();
      this.sorted = true;
    }
    const rank = Math.min(this.count, Math.max(1, Math.ceil((p / 100) * this.count)));
    return this.values[rank - 1]!;
  }
}
