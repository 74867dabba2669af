/**
 * Test helper for embedded.test.ts, run as its own Node process: starts the embedded PostgreSQL on
 * a data folder (argv: dataDir port note), commits one row, prints one JSON line, then keeps
 * running until SIGTERM (clean stop) or SIGKILL (leaves its PostgreSQL running, like a crash).
 */
import pg from 'pg';
import { startEmbeddedPostgres, stopOwnedServers, takeOverShutdownSignals } from './embedded';

const [dataDir, port, note] = process.argv.slice(2);
if (!dataDir || !port || !note) throw new Error('usage: embedded-owner.fixture.ts DATA_DIR PORT NOTE');

takeOverShutdownSignals(() => {
  void stopOwnedServers().finally(() => process.exit(0));
});
const handle = await startEmbeddedPostgres({ dataDir, port: Number(port), databaseName: 'postgres' });
const client = new pg.Client({ connectionString: handle.url });
await client.connect();
await client.query('CREATE TABLE IF NOT EXISTS marks (note text NOT NULL)');
await client.query('INSERT INTO marks (note) VALUES ($1)', [note]);
const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
await client.end();
process.stdout.write(`${JSON.stringify({ ready: true, url: handle.url, backendPid: rows[0]?.pid })}\n`);
setInterval(() => undefined, 60_000);
