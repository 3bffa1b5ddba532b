import type { Browser } from 'playwright-core';
import { AdminPage } from './admin-page-driver';

/**
 * The issue panel as the local admin server serves it (`/issue-panel/?issue=KEY`), in a page about as wide as
 * Jira's issue view gives a context panel. Shared by the browser test and the README screenshot script.
 */
export const PANEL_VIEWPORT = { width: 520, height: 760 } as const;

export class IssuePanelPage extends AdminPage {
  static async open(
    browser: Browser,
    adminUrl: string,
    issueKey: string,
    colorMode: 'light' | 'dark' = 'light',
  ): Promise<IssuePanelPage> {
    const page = await browser.newPage({ viewport: PANEL_VIEWPORT });
    page.setDefaultTimeout(15_000);
    const panel = new IssuePanelPage(page);
    await panel.show(adminUrl, issueKey, colorMode);
    return panel;
  }

  /** Loads the panel of `issueKey` and waits until it shows the task (or why it cannot). */
  async show(adminUrl: string, issueKey: string, colorMode: 'light' | 'dark' = 'light'): Promise<void> {
    await this.page.goto(
      `${adminUrl}issue-panel/?issue=${encodeURIComponent(issueKey)}&colorMode=${colorMode}`,
    );
    await this.byTestId('issue-panel').waitFor();
  }

  /** Milliseconds from the start of navigation until the task's title was on screen. */
  async msUntilTitleShown(): Promise<number> {
    const shownAt = await this.page.waitForFunction(
      () => (document.querySelector('[data-testid="task-title"]') === null ? null : performance.now()),
      undefined,
      { polling: 'raf' },
    );
    return Math.round((await shownAt.jsonValue()) ?? Number.NaN);
  }
}
