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
    await page.addInitScript(noteWhenTitleShown);
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

  /** Milliseconds from the start of navigation to the frame that first painted the task's title. */
  async msUntilTitleShown(): Promise<number> {
    const shownAt = await this.page.waitForFunction(() => (window as TitleWatch).titleShownAt ?? null);
    return Math.round((await shownAt.jsonValue()) ?? Number.NaN);
  }
}

type TitleWatch = Window & { titleShownAt?: number };

/**
 * Runs in the page before its scripts: notes, in page time, the animation frame in which the title first
 * appears. Asking from the test after the panel showed would add the test's own round trips to the figure.
 */
function noteWhenTitleShown(): void {
  const observer = new MutationObserver(() => {
    if (document.querySelector('[data-testid="task-title"]') === null) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      (window as TitleWatch).titleShownAt = performance.now();
    });
  });
  observer.observe(document, { subtree: true, childList: true });
}
