import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { DEFAULT_SEED_IDS } from '../jira-sim/default-seed';
import { handleFetchProduct, handleInvoke, type LocalHostLike } from './bridge-routes';
import { BRIDGE_SCRIPT_PATH, FETCH_PRODUCT_PATH, INVOKE_PATH, renderBridgeScript } from './bridge-script';
import { HttpReplyError, sendError, sendText } from './http-replies';
import { localViewContext, type ColorMode } from './local-view-context';
import { serveBuildFile } from './static-files';
import {
  handlePanelInvoke,
  PANEL_BRIDGE_SCRIPT_PATH,
  PANEL_INVOKE_PATH,
  PANEL_MODULE_KEY,
  PANEL_PATH,
  type PanelRouteOptions,
} from './issue-panel-routes';

export type { LocalHostLike } from './bridge-routes';

/**
 * Serves the built admin page (static/admin/build) on 127.0.0.1 with a stand-in for Jira's side of the Custom
 * UI bridge, so the unchanged page, @forge/bridge included, runs in a plain browser against the local host.
 */
export interface AdminServerOptions {
  host: LocalHostLike;
  /** 0 or absent: a free port. */
  port?: number;
  /** The Jira user the page acts as; defaults to the simulator seed's site admin. */
  accountId?: string;
  /** Where requestJira goes and what the context calls siteUrl (the Jira simulator's URL). */
  jiraBaseUrl?: string;
  /** Defaults to static/admin/build. */
  buildDir?: string;
  colorMode?: ColorMode;
  /** The manifest function behind the admin page's resolver. */
  resolverFunctionKey?: string;
  /** Defaults to static/issue-panel/build; served under /issue-panel/?issue=KEY. */
  panelBuildDir?: string;
}

export interface AdminServer {
  url: string;
  close(): Promise<void>;
}

export const ADMIN_MODULE_KEY = 'peopleforce-sync-admin';
const DEFAULT_BUILD_DIR = path.resolve(__dirname, '..', '..', 'static', 'admin', 'build');
const DEFAULT_PANEL_BUILD_DIR = path.resolve(__dirname, '..', '..', 'static', 'issue-panel', 'build');

type Handler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

interface Site {
  buildDir: string;
  bridgeScript: string;
  panelBuildDir: string;
  panelBridgeScript: string;
}

function route(bridge: PanelRouteOptions, site: Site): Handler {
  return async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const urlPath = url.pathname;
    const method = request.method ?? 'GET';
    if (urlPath === PANEL_INVOKE_PATH) {
      if (method !== 'POST') throw new HttpReplyError(405, `${urlPath} takes POST.`);
      await handlePanelInvoke(request, response, bridge);
      return;
    }
    if (urlPath === INVOKE_PATH || urlPath === FETCH_PRODUCT_PATH) {
      if (method !== 'POST') throw new HttpReplyError(405, `${urlPath} takes POST.`);
      await (urlPath === INVOKE_PATH ? handleInvoke : handleFetchProduct)(request, response, bridge);
      return;
    }
    if (method !== 'GET' && method !== 'HEAD')
      throw new HttpReplyError(405, 'The admin page is read with GET.');
    if (urlPath === '/favicon.ico') {
      // Browsers ask for it unprompted; in Jira the icon is Jira's, so there is none to serve.
      response.writeHead(204).end();
      return;
    }
    if (urlPath === BRIDGE_SCRIPT_PATH || urlPath === PANEL_BRIDGE_SCRIPT_PATH) {
      const script = urlPath === BRIDGE_SCRIPT_PATH ? site.bridgeScript : site.panelBridgeScript;
      sendText(response, 200, 'text/javascript; charset=utf-8', script, { 'Cache-Control': 'no-store' });
      return;
    }
    if (urlPath === PANEL_PATH.slice(0, -1)) {
      // The build's assets are relative: the panel must be opened under its folder.
      response.writeHead(302, { Location: `${PANEL_PATH}${url.search}` }).end();
      return;
    }
    if (urlPath.startsWith(PANEL_PATH)) {
      const inPanel = `/${urlPath.slice(PANEL_PATH.length)}`;
      await serveBuildFile(site.panelBuildDir, inPanel, response, PANEL_BRIDGE_SCRIPT_PATH);
      return;
    }
    await serveBuildFile(site.buildDir, urlPath, response);
  };
}

function replyToFailure(response: ServerResponse, error: unknown): void {
  if (response.headersSent) {
    response.destroy();
    return;
  }
  if (error instanceof HttpReplyError) sendError(response, error.status, error.message);
  else
    sendError(
      response,
      500,
      `The admin server failed: ${error instanceof Error ? error.message : String(error)}`,
    );
}

export async function startAdminServer(options: AdminServerOptions): Promise<AdminServer> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const accountId = options.accountId ?? DEFAULT_SEED_IDS.adminAccountId;
  const siteUrl = options.jiraBaseUrl ?? url;
  const context = localViewContext({
    accountId,
    siteUrl,
    colorMode: options.colorMode ?? 'light',
    moduleKey: ADMIN_MODULE_KEY,
  });
  const panelContext = localViewContext({
    accountId,
    siteUrl,
    colorMode: options.colorMode ?? 'light',
    moduleKey: PANEL_MODULE_KEY,
  });
  const bridge: PanelRouteOptions = {
    host: options.host,
    resolverFunctionKey: options.resolverFunctionKey ?? 'admin-resolver',
    panelFunctionKey: 'issue-panel-resolver',
    accountId,
    jiraBaseUrl: options.jiraBaseUrl ?? null,
  };
  const handle = route(bridge, {
    buildDir: options.buildDir ?? DEFAULT_BUILD_DIR,
    bridgeScript: renderBridgeScript(context),
    panelBuildDir: options.panelBuildDir ?? DEFAULT_PANEL_BUILD_DIR,
    panelBridgeScript: renderBridgeScript(
      { ...panelContext, extension: { type: 'jira:issueContext' } },
      PANEL_INVOKE_PATH,
    ),
  });
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    handle(request, response).catch((error: unknown) => {
      replyToFailure(response, error);
    });
  });
  return {
    url: `${url}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
      }),
  };
}
