import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

/** The example's server in a process of its own, which a test can stop and start again. */
export interface ServerProcess {
  /** `http://127.0.0.1:<port>`. */
  readonly origin: string;
  /** Starts the server and waits until it answers. */
  start(): Promise<void>;
  /** Stops it (SIGTERM: event streams close, timers stop, the SQLite file is closed) and waits for the exit. */
  stop(): Promise<void>;
}

/**
 * A server over `dataDir` on `port`, run as `node --import tsx src/server/main.ts --prod` in the app folder
 * (the same entry point `pnpm start` and the configured web server use).
 */
export function serverProcess(appDir: string, port: number, dataDir: string): ServerProcess {
  const origin = `http://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  let output = '';
  return {
    origin,
    async start() {
      const args = ['--import', 'tsx', join('src', 'server', 'main.ts'), '--prod', '--port', String(port), '--data-dir', dataDir];
      child = spawn(process.execPath, args, { cwd: appDir, stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout?.on('data', (chunk) => (output += chunk));
      child.stderr?.on('data', (chunk) => (output += chunk));
      for (let attempt = 0; attempt < 300; attempt++) {
        if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}: ${output}`);
        const up = await fetch(`${origin}/api/methods`).then(
          (r) => r.ok,
          () => false,
        );
        if (up) return;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`the server did not answer within 30 s: ${output}`);
    },
    async stop() {
      const running = child;
      child = undefined;
      if (!running || running.exitCode !== null) return;
      const exited = new Promise((resolve) => running.once('exit', resolve));
      running.kill('SIGTERM');
      await exited;
    },
  };
}
