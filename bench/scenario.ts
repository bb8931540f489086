import type { Page } from 'playwright-core';

/** A limit on one figure: the figure must stay at or below `atMost`, or at or above `atLeast`. */
export interface Target {
  figure: string;
  atMost?: number;
  atLeast?: number;
}

/** What a scenario measured: plain numbers (units in the names) and the limits they must meet. */
export interface ScenarioFigures {
  figures: Record<string, number>;
  targets: Target[];
  /** Facts that are not figures, such as the TF.js backend in use. */
  notes?: Record<string, string>;
  /** Raw samples behind summary figures, kept in the JSON to judge the noise. */
  samples?: Record<string, number[]>;
}

/** What a scenario may use: the served build, a fresh browser context per call, the build folder. */
export interface ScenarioContext {
  /** Origin of the served `dist/`, such as `http://127.0.0.1:41234`. */
  origin: string;
  distDir: string;
  /** Runs `measure` on a page in a new browser context (empty cache and storage), then closes it. */
  withPage<T>(measure: (page: Page) => Promise<T>): Promise<T>;
  /** Pid of the launched Chromium's browser process (its descendants are the rest), if found. */
  browserPid: number | undefined;
  /**
   * Runs `measure` in a browser of its own with a fresh profile on disk (storage on disk, as in a
   * person's browser), with that browser's pid, then closes it.
   */
  withDiskProfilePage<T>(
    measure: (page: Page, browserPid: number | undefined) => Promise<T>,
  ): Promise<T>;
}

/** One benchmark: a name and a function returning plain figures. */
export interface Scenario {
  name: string;
  run(context: ScenarioContext): Promise<ScenarioFigures>;
  /** How long the scenario may take before it counts as hung; the runner's default when absent. */
  timeoutMs?: number;
}

/**
 * Thrown by a scenario that cannot run here (such as missing data): the report records it as
 * skipped with this message as the reason, not as a failure.
 */
export class ScenarioSkipped extends Error {
  override name = 'ScenarioSkipped';
}
