import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { startAdminServer, type AdminServer } from '../../local/admin-server/start-admin-server';

/**
 * The real admin page build, served by the admin server: what Forge's Custom UI CSP requires of it (no
 * inline script, nothing fetched from another origin) and that every file the page names is served.
 */
const PROJECT_ROOT = path.resolve(__dirname, '..', '..');
const run = promisify(execFile);

let outDir: string;
let admin: AdminServer;

beforeAll(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), 'admin-page-build-'));
  await run(
    process.execPath,
    [
      path.join(PROJECT_ROOT, 'node_modules', 'vite', 'bin', 'vite.js'),
      'build',
      '--config',
      'static/admin/vite.config.mts',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'error',
    ],
    { cwd: PROJECT_ROOT, timeout: 60_000 },
  );
  admin = await startAdminServer({
    host: { invokeResolver: () => Promise.reject(new Error('no resolver in this test')) },
    buildDir: outDir,
  });
}, 90_000);

afterAll(async () => {
  await admin.close();
  await rm(outDir, { recursive: true, force: true });
});

async function builtFiles(extension: string): Promise<string[]> {
  const names = await readdir(path.join(outDir, 'assets'));
  return Promise.all(
    names
      .filter((name) => name.endsWith(extension))
      .map((name) => readFile(path.join(outDir, 'assets', name), 'utf8')),
  );
}

describe('admin page build', () => {
  test('index.html has only external scripts, with relative paths, and the bridge goes first', async () => {
    const html = await (await fetch(admin.url)).text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];

    expect(scripts[0]).toBe('<script src="/__local/bridge.js">');
    expect(scripts.slice(1).length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toMatch(/\bsrc="(\.\/assets\/|\/__local\/)/);
    expect(html).not.toMatch(/<script\b[^>]*>[^<]+<\/script>/);
  });

  test('every script, stylesheet and preload the page names is served', async () => {
    const html = await (await fetch(admin.url)).text();
    const referenced = [...html.matchAll(/(?:src|href)="(\.\/assets\/[^"]+)"/g)].map(
      (match) => match[1] ?? '',
    );

    expect(referenced.length).toBeGreaterThan(1);
    for (const file of referenced) {
      const response = await fetch(new URL(file, admin.url));
      expect([file, response.status]).toEqual([file, 200]);
    }
  });

  test('no stylesheet or script loads fonts or styles from another origin', async () => {
    const stylesheets = await builtFiles('.css');
    const scripts = await builtFiles('.js');

    for (const css of stylesheets) {
      expect(css).not.toMatch(/@import\s+(url\()?["']?https?:/);
      expect(css).not.toMatch(/url\(["']?https?:/);
    }
    for (const js of scripts)
      expect(js).not.toMatch(/fonts\.googleapis|fonts\.gstatic|cdn\.jsdelivr|unpkg\.com/);
  });
});
