import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { ROOT } from './config.mjs';

/** Vite on the project's own Node; mock mode whatever the developer's shell exports. */
export const viteEnv = () => ({ ...process.env, VITE_WP_URL: '', VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' });
const VITE_BIN = `${ROOT}node_modules/vite/bin/vite.js`;

/** Runs a command to the end, echoing nothing unless it fails. */
export const run = (command, args, options = {}) =>
  new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env: viteEnv(), ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`${command} ${args.join(' ')} exited ${code}\n${output.slice(-4000)}`)),
    );
  });

export const viteBuild = (outDir) => run(process.execPath, [VITE_BIN, 'build', '--outDir', outDir, '--emptyOutDir']);

const isFree = (port) =>
  new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });

/** The first free port from `preferred` on (another engineer's server may hold it). */
export const freePort = async (preferred, tries = 50) => {
  for (let port = preferred; port < preferred + tries; port++) if (await isFree(port)) return port;
  throw new Error(`no free port in ${preferred}..${preferred + tries - 1}`);
};

const waitForServer = async (origin, child, timeoutMs = 30_000) => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the preview server exited (${child.exitCode})`);
    // Only our own server counts: an answer while ours has not started could be someone else's.
    const ok = await fetch(origin).then((response) => response.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no answer from ${origin} within ${timeoutMs} ms`);
};

/** `vite preview` of a build in its own process (the mock API answers from it), stopped by PID. */
export const startPreview = async (outDir, port, origin) => {
  const args = [VITE_BIN, 'preview', '--outDir', outDir, '--port', String(port), '--strictPort', '--host', '127.0.0.1'];
  const child = spawn(process.execPath, args, { cwd: ROOT, env: viteEnv(), stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  child.stderr.on('data', (chunk) => (errors += chunk));
  try {
    await waitForServer(origin, child);
  } catch (error) {
    child.kill();
    throw new Error(`${error.message}\n${errors.slice(-2000)}`);
  }
  return {
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
};
