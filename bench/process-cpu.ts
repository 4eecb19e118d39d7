import { readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's CPU times: 100 on every Linux Node runs on (USER_HZ). */
const TICKS_PER_SECOND = 100;

/**
 * CPU seconds a process has used so far, all its threads together (user + system), from
 * /proc/<pid>/stat; null where there is no /proc (then the bench prints no CPU figures).
 * Requests per second depend on the load generator, which shares this machine's cores; the
 * server's CPU per request does not, so it says more steadily what a request costs.
 */
export function processCpuSeconds(pid: number): number | null {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  // The command name (field 2) may hold spaces and parentheses: count fields after its last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime are fields 14 and 15 of the whole line: 12th and 13th after the name.
  const userTicks = Number(fields[11]);
  const systemTicks = Number(fields[12]);
  return Number.isFinite(userTicks) && Number.isFinite(systemTicks) ? (userTicks + systemTicks) / TICKS_PER_SECOND : null;
}
