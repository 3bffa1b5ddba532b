import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Locator, Page } from 'playwright-core';
import { startAdminServer, type AdminServer } from '../../local/admin-server/start-admin-server';
import { PROJECT_ROOT, startLocalApp, type LocalApp, type LocalAppOptions } from '../../local/app/local-app';
import type { JiraSimulator } from '../../local/jira-sim';
import type { PeopleForceSimulator } from '../../local/peopleforce-sim';
import { launchChromium } from './chromium';
import { QueuePump } from './queue-pump';

/**
 * Drives the real admin page (the production build, @forge/bridge included) in Chromium against the app in
 * the local Forge host. Shared by the browser test and the README screenshot script, so that both click
 * through the page the same way. Every wait is on something visible on the page or in the queue, never a sleep.
 */

export type AdminTab =
  'connection' | 'rules' | 'status' | 'preview' | 'sync' | 'activity' | 'tasks' | 'health' | 'alerts';

export const VIEWPORT = { width: 1280, height: 800 } as const;
const BUILDS = [
  {
    index: path.join(PROJECT_ROOT, 'static', 'admin', 'build', 'index.html'),
    config: 'static/admin/vite.config.mts',
  },
  {
    index: path.join(PROJECT_ROOT, 'static', 'issue-panel', 'build', 'index.html'),
    config: 'static/issue-panel/vite.config.mts',
  },
];
/** Every step of the page answers in well under a second; a stuck wait should fail long before jest's timeout. */
const WAIT_TIMEOUT_MS = 15_000;
const SYNC_TIMEOUT_MS = 30_000;
const CLIP_MARGIN_PX = 24;

/** `npm test` builds the admin page and the issue panel before jest runs; a bare `npx jest` on a fresh clone builds them here. */
export async function ensureAdminBuild(): Promise<void> {
  const vite = path.join(PROJECT_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  for (const build of BUILDS) {
    if (existsSync(build.index)) continue;
    await promisify(execFile)(
      process.execPath,
      [vite, 'build', '--config', build.config, '--logLevel', 'error'],
      {
        cwd: PROJECT_ROOT,
        timeout: 60_000,
      },
    );
  }
}

/** The simulators embedded in the app; an app started against real systems has none. */
export function simulatorsOf(app: LocalApp): { peopleforce: PeopleForceSimulator; jira: JiraSimulator } {
  if (app.peopleforceSim === null || app.jiraSim === null) {
    throw new Error('The admin page driver needs the app on its simulators (startLocalApp without URLs).');
  }
  return { peopleforce: app.peopleforceSim, jira: app.jiraSim };
}

export interface AdminPageSession {
  app: LocalApp;
  admin: AdminServer;
  browser: Browser;
  page: AdminPage;
  pump: QueuePump;
  /** Uncaught errors and console errors of the page, in order. */
  pageErrors: string[];
  /** Stops the queue pump first (nothing may drain a closed host), then the browser, server and app. */
  close(): Promise<void>;
}

export interface AdminPageSessionOptions {
  app?: LocalAppOptions;
  /** Runs once the app is up and before the page loads (seed state, remove the API key…). */
  prepare?: (app: LocalApp) => Promise<void>;
}

export async function startAdminPageSession(
  options: AdminPageSessionOptions = {},
): Promise<AdminPageSession> {
  await ensureAdminBuild();
  const app = await startLocalApp(options.app);
  const closers: Array<() => Promise<void>> = [() => app.close()];
  const closeAll = async () => {
    const failures: unknown[] = [];
    for (const close of [...closers].reverse()) await close().catch((error: unknown) => failures.push(error));
    if (failures.length > 0) throw new AggregateError(failures, 'Closing the admin page session failed');
  };
  try {
    await options.prepare?.(app);
    const admin = await startAdminServer({ host: app.host, jiraBaseUrl: simulatorsOf(app).jira.url });
    closers.push(() => admin.close());
    const browser = await launchChromium();
    closers.push(() => browser.close());
    const pump = new QueuePump(app);
    closers.push(() => pump.stop());
    const page = await browser.newPage({ viewport: VIEWPORT });
    page.setDefaultTimeout(WAIT_TIMEOUT_MS);
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    const adminPage = new AdminPage(page);
    await adminPage.open(admin.url);
    return { app, admin, browser, page: adminPage, pump, pageErrors, close: closeAll };
  } catch (error) {
    await closeAll();
    throw error;
  }
}

export type MappingSource =
  | { kind: 'template'; template: string }
  /** A fixed value picked from the Jira field's options (select fields). */
  | { kind: 'choice'; value: string }
  /** A fixed value typed in (text, number, date fields). */
  | { kind: 'text'; value: string }
  /** A task field, by its label in the list ("Title (title)"). */
  | { kind: 'task-field'; label: string };

const kindLabels: Record<MappingSource['kind'], string> = {
  template: 'Template',
  choice: 'Fixed value',
  text: 'Fixed value',
  'task-field': 'Task field',
};

export interface RuleInput {
  name: string;
  /** By the labels the page shows: field "Title", operator "starts with". */
  conditions: Array<{ field: string; operator: string; value: string }>;
  project: string;
  issueType: string;
  /** `field` is the label in "Jira field to map", e.g. "Summary (required)". */
  mappings: Array<{ fieldId: string; field: string; source: MappingSource }>;
}

/** The admin page, by the data-testid hooks App.tsx documents. */
export class AdminPage {
  constructor(readonly page: Page) {}

  byTestId(testId: string): Locator {
    return this.page.getByTestId(testId);
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.byTestId('save-bar').waitFor();
  }

  async openTab(tab: AdminTab): Promise<void> {
    await this.byTestId(`tab-${tab}`).click();
    await this.byTestId(`panel-${tab}`).waitFor();
  }

  /** Waits until the element shows `text` (a substring). */
  async waitForText(testId: string, text: string): Promise<void> {
    await this.byTestId(testId).filter({ hasText: text }).waitFor();
  }

  async text(testId: string): Promise<string> {
    return this.byTestId(testId).innerText();
  }

  /** Picks an option of an Atlaskit select by its label and waits until the select shows it. */
  async choose(selectTestId: string, optionLabel: string): Promise<void> {
    await this.byTestId(`${selectTestId}-select--control`).click();
    await this.byTestId(`${selectTestId}-select--listbox`)
      .getByRole('option', { name: optionLabel, exact: true })
      .click();
    await this.byTestId(`${selectTestId}-select--value-container`)
      .getByText(optionLabel, { exact: true })
      .waitFor();
  }

  async fill(testId: string, text: string): Promise<void> {
    await this.byTestId(testId).fill(text);
  }

  /** A number of a CountSummary tile, e.g. `count('sync-result-counts', 'created')`. */
  async count(summaryTestId: string, key: string): Promise<number> {
    const text = await this.text(`${summaryTestId}-${key}`);
    const value = /(\d+)\s*$/.exec(text)?.[1];
    if (value === undefined) throw new Error(`"${summaryTestId}-${key}" shows no number: ${text}`);
    return Number(value);
  }

  async saveApiKey(apiKey: string): Promise<void> {
    await this.fill('api-key-input', apiKey);
    await this.byTestId('api-key-save').click();
    await this.waitForText('api-key-status', `ending in ····${apiKey.slice(-4)}`);
  }

  async testConnection(): Promise<void> {
    await this.byTestId('test-connection').click();
    await this.byTestId('connection-result-peopleforce').waitFor();
    await this.byTestId('connection-result-jira').waitFor();
  }

  /** Adds a rule on the Rules tab (which must be open) and fills it in; the configuration stays unsaved. */
  async addRule(rule: RuleInput): Promise<void> {
    await this.byTestId('add-rule').click();
    await this.fill('rule-name', rule.name);
    for (const [index, condition] of rule.conditions.entries()) {
      await this.byTestId('add-condition').click();
      await this.choose(`condition-${index}-field`, condition.field);
      await this.choose(`condition-${index}-operator`, condition.operator);
      await this.fill(`condition-${index}-value`, condition.value);
    }
    await this.choose('rule-project', rule.project);
    await this.choose('rule-issue-type', rule.issueType);
    for (const mapping of rule.mappings) {
      await this.choose('add-mapping-field', mapping.field);
      await this.byTestId('add-mapping').click();
      await this.setMappingSource(mapping.fieldId, mapping.source);
    }
  }

  async setMappingSource(fieldId: string, source: MappingSource): Promise<void> {
    const testId = `mapping-${fieldId}`;
    await this.choose(`${testId}-kind`, kindLabels[source.kind]);
    switch (source.kind) {
      case 'template':
        await this.fill(`${testId}-value`, source.template);
        return;
      case 'text':
        await this.fill(`${testId}-value`, source.value);
        return;
      case 'choice':
        await this.choose(`${testId}-value`, source.value);
        return;
      case 'task-field':
        await this.choose(`${testId}-value`, source.label);
        return;
    }
  }

  async saveConfiguration(): Promise<void> {
    await this.byTestId('save-config').click();
    await this.waitForText('saved-indicator', 'Saved.');
  }

  async runPreview(): Promise<void> {
    await this.byTestId('preview-run').click();
    await this.byTestId('preview-result').waitFor();
    await this.waitUntilLoaded();
  }

  /** Presses "Sync now" and waits for the finished run's summary (the queue pump must be running). */
  async syncNow(): Promise<void> {
    await this.byTestId('sync-now-button').click();
    await this.byTestId('sync-result').waitFor({ timeout: SYNC_TIMEOUT_MS });
  }

  /** Waits until no spinner is left, so that a screenshot shows loaded data. */
  async waitUntilLoaded(): Promise<void> {
    await this.page.waitForFunction(() => document.querySelectorAll('[data-testid="loading"]').length === 0);
  }

  /**
   * A screenshot without hover or focus decoration, animations stopped: the viewport, the whole page, or the
   * page from its top down to the bottom of the element `downTo` names (a tab whose point is below the fold).
   */
  async screenshot(file: string, options: ScreenshotOptions = {}): Promise<void> {
    await this.page.mouse.move(0, 0);
    await this.page.evaluate(() => {
      const focused = document.activeElement;
      if (focused instanceof HTMLElement) focused.blur();
    });
    await mkdir(path.dirname(file), { recursive: true });
    const clip = options.downTo === undefined ? undefined : await this.clipDownTo(options.downTo);
    await this.page.screenshot({
      path: file,
      animations: 'disabled',
      fullPage: options.fullPage === true || clip !== undefined,
      ...(clip === undefined ? {} : { clip }),
    });
  }

  private async clipDownTo(testId: string) {
    await this.page.evaluate(() => {
      window.scrollTo(0, 0);
    });
    const box = await this.byTestId(testId).boundingBox();
    if (box === null) throw new Error(`"${testId}" is not visible, so the screenshot cannot end at it.`);
    return { x: 0, y: 0, width: VIEWPORT.width, height: Math.ceil(box.y + box.height + CLIP_MARGIN_PX) };
  }
}

export interface ScreenshotOptions {
  fullPage?: boolean;
  downTo?: string;
}

/** Numbered screenshots of a run (`01-api-key-set.png`, …) in a folder emptied first. */
export class ScreenshotFolder {
  private taken = 0;

  private constructor(readonly dir: string) {}

  static async create(dir: string): Promise<ScreenshotFolder> {
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    return new ScreenshotFolder(dir);
  }

  async take(page: AdminPage, step: string, options: ScreenshotOptions = {}): Promise<string> {
    this.taken += 1;
    const file = path.join(this.dir, `${String(this.taken).padStart(2, '0')}-${step}.png`);
    await page.screenshot(file, options);
    return file;
  }
}
