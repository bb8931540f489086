import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../e2e/chromium';
import { findBrowserPid } from './memory-sampler';

/**
 * tsx compiles with esbuild's `keepNames`, which wraps functions declared inside a function in
 * `__name(fn, "name")`. Functions handed to `page.evaluate` carry those calls into the page, so
 * every page gets this identity helper before its own scripts run.
 */
const KEEP_NAMES_HELPER = 'globalThis.__name ??= (fn) => fn;';

const NETWORK_PROTOCOLS = new Set(['http:', 'https:', 'ws:', 'wss:']);

/** Headless system Chromium with the project's flags (no GPU, no background networking). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
}

/**
 * Opens pages of the served build, each in a fresh context (empty cache and storage) that is
 * closed after use, and records any request that leaves the served origin.
 */
export class PageSession {
  /** URLs of requests to other origins; the bench must never see one. */
  readonly foreignRequests: string[] = [];

  constructor(
    private readonly browser: Browser,
    private readonly origin: string,
  ) {}

  /** Runs `measure` on a blank page whose base URL is the served origin, then closes its context. */
  async withPage<T>(measure: (page: Page) => Promise<T>): Promise<T> {
    const context = await this.browser.newContext({ baseURL: this.origin, timezoneId: 'UTC' });
    try {
      return await measure(await this.openPage(context));
    } finally {
      await context.close();
    }
  }

  /**
   * As {@link withPage}, in a browser of its own with a new profile on disk, as a person's
   * browser has: storage (IndexedDB, the private file system) lives on disk there, where a
   * context of the shared browser keeps it in memory. `measure` gets that browser's pid.
   */
  async withDiskProfilePage<T>(
    measure: (page: Page, browserPid: number | undefined) => Promise<T>,
  ): Promise<T> {
    const profile = mkdtempSync(join(tmpdir(), 'estimo-bench-profile-'));
    const sharedPid = findBrowserPid();
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: findChromium(),
      args: CHROMIUM_ARGS,
      headless: true,
      baseURL: this.origin,
      timezoneId: 'UTC',
    });
    try {
      return await measure(await this.openPage(context), findBrowserPid(sharedPid));
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  }

  private async openPage(context: BrowserContext): Promise<Page> {
    context.on('request', (request) => this.recordIfForeign(request.url()));
    await context.addInitScript({ content: KEEP_NAMES_HELPER });
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error(`  page error: ${error.message}`));
    return page;
  }

  private recordIfForeign(url: string): void {
    const { protocol, origin } = new URL(url);
    if (NETWORK_PROTOCOLS.has(protocol) && origin !== this.origin) this.foreignRequests.push(url);
  }
}
