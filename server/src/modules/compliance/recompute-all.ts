import os from 'node:os';
import { Worker } from 'node:worker_threads';

/**
 * The worker's entry: the app runs its TypeScript through tsx, whose loader a worker thread does
 * not inherit, so the worker registers it before importing the real module.
 */
const WORKER_ENTRY = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(new URL('./recompute-worker.ts', import.meta.url).href)}); })`;

/** Units each worker has in flight: one computing in memory while the next one's facts are read. */
const IN_FLIGHT = 2;

export interface RecomputeReport {
  units: number;
  failed: { unitId: string; error: string }[];
  ms: number;
}

/**
 * Computes and stores the year of every given unit on worker threads, one per core: the
 * evaluation is CPU-bound JavaScript, so one thread alone leaves the other cores idle. Each unit
 * is stored in its own transaction under its lock, exactly as a read would store it.
 */
export async function recomputeAll(url: string, unitIds: readonly string[], year: number, threads = Math.max(1, Math.min(os.availableParallelism(), 4))): Promise<RecomputeReport> {
  const started = performance.now();
  const queue = [...unitIds];
  const failed: RecomputeReport['failed'] = [];
  const count = Math.max(1, Math.min(threads, queue.length));
  await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(WORKER_ENTRY, { eval: true, workerData: { url, year } });
          let inFlight = 0;
          const feed = () => {
            while (inFlight < IN_FLIGHT && queue.length > 0) {
              inFlight += 1;
              worker.postMessage({ unitId: queue.shift()! });
            }
            if (inFlight === 0) worker.postMessage({ stop: true });
          };
          worker.on('message', (message: { done: string } | { failed: string; error: string }) => {
            inFlight -= 1;
            if ('failed' in message) failed.push({ unitId: message.failed, error: message.error });
            feed();
          });
          worker.on('error', reject);
          worker.on('exit', () => resolve());
          feed();
        }),
    ),
  );
  return { units: unitIds.length, failed, ms: performance.now() - started };
}
