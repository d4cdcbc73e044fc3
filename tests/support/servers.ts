/**
 * Starting and stopping real servers (nginx, Apache httpd, Caddy) for the kit tests: on 127.0.0.1,
 * on a free port, with their output captured so a config the server rejects fails the test with
 * the server's own words. A missing binary fails too, naming the Debian package to install.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, Socket } from 'node:net';
import { delimiter, join } from 'node:path';

/** A binary by absolute path or on PATH; throws naming the package that provides it. */
export function requireBinary(name: string, debianPackage: string): string {
  const candidates = name.startsWith('/') ? [name] : (process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, name));
  const found = candidates.find((path) => existsSync(path));
  if (!found)
    throw new Error(`${name} is not installed: these tests run the real server; install it with "apt-get install ${debianPackage}"`);
  return found;
}

/** A TCP port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Runs a config check (nginx -t, apache2 -t, caddy validate); a rejected config throws the server's message. */
export function checkConfig(what: string, command: string, args: string[], env: NodeJS.ProcessEnv = process.env): string {
  const result = spawnSync(command, args, { encoding: 'utf8', env, timeout: 60_000 });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
  if (result.error) throw new Error(`${what}: could not run ${command}: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`${what} rejected the config (exit ${result.status}):\n${output}`);
  return output;
}

export interface RunningServer {
  pid: number;
  port: number;
  /** Everything the server wrote so far, stdout and stderr. */
  output(): string;
  /** Stops the server by its PID and waits for it to exit. */
  stop(): Promise<void>;
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    socket.setTimeout(500);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.connect(port, '127.0.0.1');
  });
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

/** Starts a server and waits until its port accepts connections; an early exit throws with its output. */
export async function startServer(
  what: string,
  command: string,
  args: string[],
  port: number,
  options: { env?: NodeJS.ProcessEnv; logFile?: string } = {},
): Promise<RunningServer> {
  const child = spawn(command, args, { env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let captured = '';
  /** What the server printed, and its log file when it writes one (Apache cannot open a pipe as its log). */
  const output = () => captured + (options.logFile && existsSync(options.logFile) ? readFileSync(options.logFile, 'utf8') : '');
  child.stdout?.on('data', (chunk: Buffer) => (captured += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (captured += chunk.toString()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
    process.kill(child.pid, 'SIGTERM');
    const timer = setTimeout(() => child.pid !== undefined && child.exitCode === null && process.kill(child.pid, 'SIGKILL'), 10_000);
    await exited(child);
    clearTimeout(timer);
  };
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`${what} exited before it listened (exit ${child.exitCode ?? child.signalCode}):\n${output().trim()}`);
    }
    if (await canConnect(port)) return { pid: child.pid!, port, output, stop };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  throw new Error(`${what} did not listen on 127.0.0.1:${port} within 30 s:\n${output().trim()}`);
}
