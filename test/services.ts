// Throwaway servers for the tests of the shared store and the job queue: a PostgreSQL cluster
// (initdb + pg_ctl) and a redis-server, each on a free loopback port with its data in a temp
// folder, removed by stop(). scripts/ensure-services.sh installs them from Debian (.ci/run
// calls it). Where they are missing a test skips, except under CI, where it must run.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';

export interface Service {
  url: string;
  stop(): Promise<void>;
}

/** The folder of PostgreSQL's server programs (Debian keeps them out of PATH), or null. */
export function postgresBin(): string | null {
  const base = '/usr/lib/postgresql';
  if (existsSync(base)) {
    const versions = readdirSync(base).filter((v) => existsSync(join(base, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
    if (versions.length) return join(base, versions[0], 'bin');
  }
  try {
    const initdb = execFileSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' }).trim();
    return initdb ? join(initdb, '..') : null;
  } catch { return null; }
}

export function redisBin(): string | null {
  try { return execFileSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' }).trim() || null; } catch { return null; }
}

/** A `skip` value for node:test: false when the service is there (or under CI, to fail loudly). */
export function skipUnless(what: 'postgres' | 'redis' | 'both'): string | false {
  const missing = [
    (what === 'postgres' || what === 'both') && !postgresBin() ? 'PostgreSQL (initdb)' : '',
    (what === 'redis' || what === 'both') && !redisBin() ? 'redis-server' : '',
  ].filter(Boolean);
  if (!missing.length || process.env.CI) return false;
  return `${missing.join(' and ')} not installed (scripts/ensure-services.sh installs them)`;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as { port: number }).port;
  server.close();
  await once(server, 'close');
  return port;
}

/** initdb refuses root: as root, the cluster belongs to the postgres user Debian creates. */
function asOwner(cmd: string, args: string[]): [string, string[]] {
  if (process.getuid?.() !== 0) return [cmd, args];
  return ['runuser', ['-u', 'postgres', '--', cmd, ...args]];
}

export async function startPostgres(): Promise<Service> {
  const bin = postgresBin();
  if (!bin) throw new Error('PostgreSQL is not installed: run scripts/ensure-services.sh');
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-pg-'));
  chmodSync(dir, 0o777);
  const data = join(dir, 'data');
  const port = await freePort();
  const run = (cmd: string, args: string[]) => {
    const [c, a] = asOwner(join(bin, cmd), args);
    execFileSync(c, a, { stdio: ['ignore', 'ignore', 'pipe'], cwd: dir });
  };
  run('initdb', ['-D', data, '-U', 'sitrep', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
  // Throwaway: no durability wanted, only speed.
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
  run('pg_ctl', ['-D', data, '-o', opts, '-l', join(dir, 'log'), '-w', '-t', '60', 'start']);
  return {
    url: `postgres://sitrep@127.0.0.1:${port}/postgres`,
    async stop() {
      try { run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']); } catch { /* already gone */ }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function startRedis(): Promise<Service> {
  const bin = redisBin();
  if (!bin) throw new Error('redis-server is not installed: run scripts/ensure-services.sh');
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-redis-'));
  const port = await freePort();
  const child: ChildProcess = spawn(bin, ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  for (let i = 0; i < 100 && !(await answersPing(port)); i++) await new Promise((r) => setTimeout(r, 50));
  return {
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode === null) { child.kill('SIGKILL'); await once(child, 'exit'); }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** True when a Redis server answers PING on the port. */
export function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    socket.setTimeout(1000, () => { socket.destroy(); resolve(false); });
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (d) => { answer += d.toString(); if (answer.includes('\r\n')) { socket.end(); resolve(answer.startsWith('+PONG')); } });
    socket.on('error', () => resolve(false));
  });
}
