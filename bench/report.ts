import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname } from 'node:path';
import type { Measurement } from './measure';

export interface TargetResult extends Measurement {
  readonly target: string;
  /** requests/s divided by the baseline's; null when there is no baseline figure. */
  readonly ratioToBaseline: number | null;
  /**
   * The baseline's server CPU per request divided by this row's: the same ratio by what a request
   * costs the server rather than by throughput, which the load generator sharing the cores blurs.
   */
  readonly cpuRatioToBaseline: number | null;
}

export interface BenchReport {
  readonly generatedAt: string;
  readonly node: string;
  readonly platform: string;
  readonly cpu: string;
  readonly cpuCount: number;
  readonly database: string;
  readonly durationSeconds: number;
  readonly warmupSeconds: number;
  readonly connections: number;
  readonly results: readonly TargetResult[];
  /** False when any response was not 2xx or any request failed: then the figures mean nothing. */
  readonly ok: boolean;
}

export function withRatios(measurements: readonly (Measurement & { target: string })[], baselineName: string): TargetResult[] {
  const baseline = measurements.find((m) => m.target === baselineName);
  const baselineCpu = baseline?.serverCpuMsPerRequest ?? null;
  return measurements.map((m) => ({
    ...m,
    ratioToBaseline: baseline?.requestsPerSecond ? m.requestsPerSecond / baseline.requestsPerSecond : null,
    cpuRatioToBaseline: baselineCpu !== null && m.serverCpuMsPerRequest ? baselineCpu / m.serverCpuMsPerRequest : null,
  }));
}

export function isClean(result: Measurement): boolean {
  return result.non2xx === 0 && result.errors === 0 && result.timeouts === 0;
}

export function describeEnvironment(): Pick<BenchReport, 'node' | 'platform' | 'cpu' | 'cpuCount'> {
  const cores = cpus();
  return {
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpu: cores[0]?.model.trim() ?? 'unknown',
    cpuCount: cores.length,
  };
}

const COLUMNS = ['target', 'req/s (mean)', 'p50 ms', 'p95 ms', 'p99 ms', 'non-2xx', 'errors', '× baseline', 'CPU ms/req', '× baseline by CPU'] as const;

export function formatTable(report: BenchReport): string {
  const rows = report.results.map((r) => [
    r.target,
    r.requestsPerSecond.toFixed(0),
    ms(r.latencyMs.p50),
    ms(r.latencyMs.p95),
    ms(r.latencyMs.p99),
    String(r.non2xx),
    String(r.errors + r.timeouts),
    r.ratioToBaseline === null ? '–' : r.ratioToBaseline.toFixed(2),
    r.serverCpuMsPerRequest === null ? '–' : r.serverCpuMsPerRequest.toFixed(3),
    r.cpuRatioToBaseline === null ? '–' : r.cpuRatioToBaseline.toFixed(2),
  ]);
  const widths = COLUMNS.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: readonly string[]) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  return [
    `${report.durationSeconds} s per target after ${report.warmupSeconds} s warm-up, ${report.connections} connections (unless the row says otherwise); ` +
      `${report.database}; Node ${report.node}, ${report.cpuCount} × ${report.cpu}`,
    '',
    line(COLUMNS),
    line(widths.map((width) => '-'.repeat(width))),
    ...rows.map(line),
  ].join('\n');
}

export function writeJsonReport(path: string, report: BenchReport & Record<string, unknown>): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`);
}

function ms(value: number): string {
  return Number.isNaN(value) ? '–' : value.toFixed(2);
}
