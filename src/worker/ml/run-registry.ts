/**
 * Runs that can be cancelled, by id. A cancel may arrive before its run starts (the page aborts
 * while the worker is still busy): it is remembered so the run starts already aborted.
 */
export class RunRegistry {
  private readonly controllers = new Map<string, AbortController>();
  private readonly early = new Set<string>();

  /** Starts tracking a run; its signal aborts when {@link cancel} is called with its id. */
  start(runId: string): AbortSignal {
    const controller = new AbortController();
    this.controllers.set(runId, controller);
    if (this.early.delete(runId)) controller.abort(new DOMException('Cancelled.', 'AbortError'));
    return controller.signal;
  }

  /** True once the run was asked to stop. */
  isCancelled(runId: string): boolean {
    return this.controllers.get(runId)?.signal.aborted ?? this.early.has(runId);
  }

  cancel(runId: string): void {
    const controller = this.controllers.get(runId);
    if (controller) controller.abort(new DOMException('Cancelled.', 'AbortError'));
    else this.early.add(runId);
  }

  finish(runId: string): void {
    this.controllers.delete(runId);
    this.early.delete(runId);
  }
}
