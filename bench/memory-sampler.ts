import { readdirSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/** Sampling period while the measured work runs, when a sample is cheap. */
const SAMPLE_INTERVAL_MS = 100;
/**
 * Reading Pss walks every resident page (~25 ms of CPU for a GB-sized tree), so the period
 * stretches to this many times a sample's CPU time: the sampler stays under ~1/6 of one core
 * (a sample every ~150 ms at 1 GB) and slows the measured work less.
 */
const SAMPLE_COST_FACTOR = 6;
const KB_PER_MB = 1024;
/** Playwright starts Chromium with this flag; it tells the bench's browser from other children. */
const PLAYWRIGHT_BROWSER_FLAG = '--remote-debugging-pipe';

/** Where a process's figure came from: proportional set size, or resident set size as fallback. */
type MemorySource = 'Pss' | 'VmRSS';

/** Memory of a process tree during some work, in MB (2^20 bytes). */
export interface MemoryPeak {
  /** The tree's total before the work started. */
  baselineMB: number;
  /** The largest total seen while the work ran (a sample every 100–160 ms, one at the end). */
  peakMB: number;
  peakOverBaselineMB: number;
  samples: number;
  /** Mean CPU time one sample took to read /proc (its cost to the machine). */
  meanSampleCpuMs: number;
  /** Mean time between samples (~100 ms, longer when samples are slow). */
  meanIntervalMs: number;
  /** `Pss`, `VmRSS`, or both when some processes' smaps_rollup could not be read. */
  source: string;
}

/** A tree's total and where its figures came from. */
interface TreeReading {
  totalMB: number;
  sources: Set<MemorySource>;
}

/**
 * A /proc file's text, or null once its process has exited. Read synchronously: these files are
 * small and an async read costs several times the CPU (thread pool, promises).
 */
function readOrNull(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** Parent pid of every process on the machine, from `/proc/<pid>/stat` (field 4). */
function parentPids(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    const stat = /^\d+$/.test(name) ? readOrNull(`/proc/${name}/stat`) : null;
    // The command name may hold spaces and parentheses: fields follow its last `)`.
    const fields = stat?.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (fields?.[1]) parents.set(Number(name), Number(fields[1]));
  }
  return parents;
}

/** `rootPid` and all its descendants that are still alive. */
function processTree(rootPid: number): number[] {
  const parents = parentPids();
  const tree = [rootPid];
  for (let at = 0; at < tree.length; at++) {
    for (const [pid, parent] of parents) if (parent === tree[at]) tree.push(pid);
  }
  return tree;
}

/** One process's memory in kB: Pss from smaps_rollup, else VmRSS; null once it has exited. */
function processMemoryKB(pid: number): { kB: number; source: MemorySource } | null {
  const rollup = readOrNull(`/proc/${pid}/smaps_rollup`);
  const pss = rollup?.match(/^Pss:\s+(\d+) kB/m)?.[1];
  if (pss !== undefined) return { kB: Number(pss), source: 'Pss' };
  const status = readOrNull(`/proc/${pid}/status`);
  const rss = status?.match(/^VmRSS:\s+(\d+) kB/m)?.[1];
  return rss === undefined ? null : { kB: Number(rss), source: 'VmRSS' };
}

/** Total memory of `rootPid` and its descendants. */
function readTree(rootPid: number): TreeReading {
  const readings = processTree(rootPid).map(processMemoryKB);
  const sources = new Set<MemorySource>();
  let totalKB = 0;
  for (const reading of readings) {
    if (!reading) continue;
    totalKB += reading.kB;
    sources.add(reading.source);
  }
  return { totalMB: totalKB / KB_PER_MB, sources };
}

/**
 * Pid of the Chromium that playwright-core launched from this Node process: a direct child
 * started with `--remote-debugging-pipe` (Debian's wrapper script execs the real binary, and if
 * it does not, the binary is its child and still in the tree), other than `except`. Undefined
 * when none is found or there is no /proc (not Linux).
 */
export function findBrowserPid(except?: number): number | undefined {
  if (readOrNull('/proc/self/stat') === null) return undefined;
  for (const [pid, parent] of parentPids()) {
    if (parent !== process.pid || pid === except) continue;
    const commandLine = readOrNull(`/proc/${pid}/cmdline`);
    if (commandLine?.split('\0').includes(PLAYWRIGHT_BROWSER_FLAG)) return pid;
  }
  return undefined;
}

/**
 * Samples the memory of a browser's process tree (the browser process and all its descendants:
 * GPU, network, renderers) every ~100 ms from `start` to `stop`, reading /proc without blocking
 * the event loop. Processes that start meanwhile (a new renderer) are picked up at each sample.
 */
export class MemorySampler {
  private peakMB: number;
  private samples = 0;
  private sampleCpuMsTotal = 0;
  private spanMs = 0;
  private readonly sources = new Set<MemorySource>();
  private isStopped = false;
  private readonly startedMs = performance.now();
  private readonly loop: Promise<void>;

  private constructor(
    private readonly rootPid: number,
    private readonly baseline: TreeReading,
  ) {
    this.peakMB = baseline.totalMB;
    baseline.sources.forEach((source) => this.sources.add(source));
    this.loop = this.sampleUntilStopped();
  }

  /** Reads the baseline, then samples until {@link stop}. */
  static start(rootPid: number): MemorySampler {
    return new MemorySampler(rootPid, readTree(rootPid));
  }

  /** Stops sampling, takes a last sample and reports the peak (may be called more than once). */
  async stop(): Promise<MemoryPeak> {
    if (!this.isStopped) {
      this.isStopped = true;
      await this.loop;
      this.sample();
    }
    const baselineMB = this.baseline.totalMB;
    return {
      baselineMB,
      peakMB: this.peakMB,
      peakOverBaselineMB: this.peakMB - baselineMB,
      samples: this.samples,
      meanSampleCpuMs: this.samples === 0 ? 0 : this.sampleCpuMsTotal / this.samples,
      meanIntervalMs: this.samples === 0 ? 0 : this.spanMs / this.samples,
      source: [...this.sources].join('+') || 'none',
    };
  }

  private async sampleUntilStopped(): Promise<void> {
    let waitMs = SAMPLE_INTERVAL_MS;
    for (;;) {
      await sleep(waitMs);
      if (this.isStopped) break;
      const startedMs = performance.now();
      const periodMs = Math.max(SAMPLE_INTERVAL_MS, SAMPLE_COST_FACTOR * this.sample());
      waitMs = Math.max(0, periodMs - (performance.now() - startedMs));
    }
    this.spanMs = performance.now() - this.startedMs;
  }

  /** Takes one sample; returns the CPU time it cost, in ms. */
  private sample(): number {
    const startedCpu = process.cpuUsage();
    const reading = readTree(this.rootPid);
    reading.sources.forEach((source) => this.sources.add(source));
    this.peakMB = Math.max(this.peakMB, reading.totalMB);
    const { user, system } = process.cpuUsage(startedCpu);
    const cpuMs = (user + system) / 1000;
    this.samples++;
    this.sampleCpuMsTotal += cpuMs;
    return cpuMs;
  }
}
