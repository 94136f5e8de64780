/**
 * Child processes for `npm run build`, which runs the content check and `astro build` side by side: the check
 * prints straight away, Astro's output is held back until the check has passed (so a failing check shows
 * only its own report), and Astro with everything it started can be stopped at once.
 */
import { spawn, spawnSync } from 'node:child_process';

/** Runs a command with the terminal as its output; resolves to its exit code (1 when a signal ended it). */
export function runChild(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', env });
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
}

export interface HeldChild {
  /** Resolves to the exit code (1 when a signal ended it or it could not start) once it has ended and its output is read. */
  readonly done: Promise<number>;
  /** Writes the output held so far, in the order it came, and passes on what comes after it straight away. */
  release(): void;
  /** Ends the process and every process it started, throwing away its output; resolves when it has ended. */
  stop(): Promise<void>;
}

/**
 * Starts a command whose stdout and stderr are held in memory until `release()`. On POSIX the command gets a
 * process group of its own, so `stop()` reaches its children too; because Ctrl+C then no longer reaches it
 * through the terminal, it is also stopped when this process ends or is interrupted.
 */
export function startHeld(command: string, args: string[], env: NodeJS.ProcessEnv): HeldChild {
  const windows = process.platform === 'win32';
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env, detached: !windows });
  let mode: 'hold' | 'live' | 'discard' = 'hold';
  const held: [NodeJS.WriteStream, Buffer][] = [];
  const forward = (target: NodeJS.WriteStream) => (chunk: Buffer) => {
    if (mode === 'live') target.write(chunk);
    else if (mode === 'hold') held.push([target, chunk]);
  };
  child.stdout.on('data', forward(process.stdout));
  child.stderr.on('data', forward(process.stderr));

  const running = () => child.exitCode === null && child.signalCode === null && child.pid !== undefined;
  const kill = (signal: NodeJS.Signals) => {
    if (!running()) return;
    try {
      if (windows) spawnSync('taskkill', ['/pid', String(child.pid), '/t', '/f'], { stdio: 'ignore' });
      else process.kill(-child.pid!, signal);
    } catch {
      // Already gone.
    }
  };
  const onExit = () => kill('SIGKILL');
  const onSignal = (signal: NodeJS.Signals) => {
    kill(signal);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.on('exit', onExit);
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const forget = () => {
    process.off('exit', onExit);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
  const done = new Promise<number>((resolve) => {
    child.on('error', (error) => {
      forget();
      forward(process.stderr)(Buffer.from(`${command} kon niet starten: ${error.message}\n`));
      resolve(1);
    });
    child.on('close', (code) => {
      forget();
      resolve(code ?? 1);
    });
  });

  return {
    done,
    release() {
      if (mode !== 'hold') return;
      mode = 'live';
      for (const [target, chunk] of held.splice(0)) target.write(chunk);
    },
    async stop() {
      mode = 'discard';
      held.length = 0;
      kill('SIGTERM');
      const timer = setTimeout(() => kill('SIGKILL'), 5000);
      await done;
      clearTimeout(timer);
    },
  };
}
