import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, platform, release, totalmem } from 'node:os';
import { dirname } from 'node:path';
import type { ScenarioFigures, Target } from './scenario';

/** A target with the measured value of its figure and whether the value met it. */
export interface TargetCheck extends Target {
  measured: number;
  met: boolean;
}

/**
 * A scenario's entry in the report: its figures and checks, the error that stopped it, or why it
 * was skipped (it could not run here; not a failure).
 */
export type ScenarioReport =
  | (Omit<ScenarioFigures, 'targets'> & {
      targets: TargetCheck[];
      target: string;
      met: boolean;
      elapsedMs: number;
    })
  | { error: string; met: false; elapsedMs: number }
  | { skipped: string; met: false; elapsedMs: number };

/** The machine the figures come from; speeds only compare within one machine. */
export interface MachineInfo {
  cpus: number;
  cpuModel: string;
  totalMemoryGB: number;
  os: string;
  node: string;
  chromium: string;
}

/** What `bench/results/latest.json` holds. */
export interface BenchReport {
  date: string;
  machine: MachineInfo;
  buildMs: number;
  /** Requests that left the served origin (must be empty). */
  foreignRequests: string[];
  scenarios: Record<string, ScenarioReport>;
}

/** `≤ 560`, `≥ 1`, or both joined. */
export function describeTarget({ atMost, atLeast }: Target): string {
  const parts = [
    atLeast === undefined ? '' : `≥ ${atLeast}`,
    atMost === undefined ? '' : `≤ ${atMost}`,
  ];
  return parts.filter(Boolean).join(' and ');
}

function checkTarget(figures: Record<string, number>, target: Target): TargetCheck {
  const measured = figures[target.figure];
  if (measured === undefined) throw new Error(`Target names an unknown figure "${target.figure}".`);
  const isMet =
    Number.isFinite(measured) &&
    (target.atMost === undefined || measured <= target.atMost) &&
    (target.atLeast === undefined || measured >= target.atLeast);
  return { ...target, measured, met: isMet };
}

/** Checks a scenario's figures against its targets (NaN never meets a target). */
export function scenarioReport(result: ScenarioFigures, elapsedMs: number): ScenarioReport {
  const targets = result.targets.map((target) => checkTarget(result.figures, target));
  return {
    ...result,
    targets,
    target: targets.map((check) => `${check.figure} ${describeTarget(check)}`).join(', '),
    met: targets.every((check) => check.met),
    elapsedMs,
  };
}

/** Describes this machine, given the version of the Chromium that ran the pages. */
export function machineInfo(chromiumVersion: string): MachineInfo {
  const processors = cpus();
  return {
    cpus: processors.length,
    cpuModel: processors[0]?.model ?? 'unknown',
    totalMemoryGB: Math.round(totalmem() / 2 ** 30),
    os: `${platform()} ${release()}`,
    node: process.version,
    chromium: chromiumVersion,
  };
}

/** Writes the report as indented JSON, creating its folder. */
export async function writeReport(path: string, report: BenchReport): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(report, null, 2)}\n`);
}
