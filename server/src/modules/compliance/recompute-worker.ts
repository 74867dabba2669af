/**
 * A worker thread of the city-wide recompute (recompute-all.ts): its own connection pool, two
 * units in flight (one computing while the other's facts are read), one message back per unit.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { connectDatabase } from '../../db/client';
import { storeUnitYear } from './store';

interface Job {
  url: string;
  year: number;
}

const { url, year } = workerData as Job;
const database = connectDatabase(url, { max: 3 });
const port = parentPort!;

port.on('message', (message: { unitId: string } | { stop: true }) => {
  if ('stop' in message) {
    void database.close().finally(() => port.close());
    return;
  }
  storeUnitYear(database.db, message.unitId, year).then(
    () => port.postMessage({ done: message.unitId }),
    (error: unknown) => port.postMessage({ failed: message.unitId, error: error instanceof Error ? error.message : String(error) }),
  );
});
