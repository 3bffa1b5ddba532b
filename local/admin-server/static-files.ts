import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ServerResponse } from 'node:http';
import { BRIDGE_SCRIPT_PATH } from './bridge-script';
import { CONTENT_SECURITY_POLICY, HttpReplyError, sendText } from './http-replies';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Puts the bridge script before the app's first script, as an external file: the bundle's modules read
 * `globalThis.__bridge` as they load, and Forge's CSP would refuse an inline script.
 */
export function injectBridgeScript(html: string, scriptPath = BRIDGE_SCRIPT_PATH): string {
  const tag = `<script src="${scriptPath}"></script>`;
  const firstScript = html.search(/<script\b/i);
  if (firstScript >= 0) return `${html.slice(0, firstScript)}${tag}\n    ${html.slice(firstScript)}`;
  const headEnd = html.search(/<\/head>/i);
  if (headEnd >= 0) return `${html.slice(0, headEnd)}${tag}\n${html.slice(headEnd)}`;
  return `${tag}\n${html}`;
}

/** Maps a URL path to a file inside `root`, refusing anything that would step outside it. */
export function resolveInside(root: string, urlPath: string): string {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    throw new HttpReplyError(400, 'The path is not valid URL encoding.');
  }
  if (decoded.includes('\0')) throw new HttpReplyError(400, 'The path contains a NUL character.');
  const resolved = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
  const relative = path.relative(root, resolved);
  if (relative.startsWith('..') || path.isAbsolute(relative))
    throw new HttpReplyError(403, 'The path leaves the build folder.');
  return resolved;
}

async function isFile(filePath: string): Promise<boolean> {
  try {
    return (await stat(filePath)).isFile();
  } catch {
    return false;
  }
}

export async function serveIndex(
  buildDir: string,
  response: ServerResponse,
  scriptPath = BRIDGE_SCRIPT_PATH,
): Promise<void> {
  const indexPath = path.join(buildDir, 'index.html');
  if (!(await isFile(indexPath))) {
    throw new HttpReplyError(
      503,
      `The admin page is not built: ${indexPath} is missing. Run \`npm run build:admin\` first.`,
    );
  }
  const html = injectBridgeScript(await readFile(indexPath, 'utf8'), scriptPath);
  sendText(response, 200, contentTypes['.html'] ?? 'text/html', html, {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'Cache-Control': 'no-store',
  });
}

export async function serveBuildFile(
  buildDir: string,
  urlPath: string,
  response: ServerResponse,
  scriptPath = BRIDGE_SCRIPT_PATH,
): Promise<void> {
  if (urlPath === '/' || urlPath === '/index.html') {
    await serveIndex(buildDir, response, scriptPath);
    return;
  }
  const filePath = resolveInside(buildDir, urlPath);
  if (!(await isFile(filePath))) throw new HttpReplyError(404, `No file ${urlPath} in the admin page build.`);
  const type = contentTypes[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
  sendText(response, 200, type, await readFile(filePath));
}
