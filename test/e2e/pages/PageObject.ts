import type { Page } from 'playwright-core';
import type { TradewindApp } from '../harness/app';
import { tr } from '../harness/strings';

/** What every page object shares: the app's page, and the app's strings in the language on screen. */
export abstract class PageObject {
  constructor(readonly app: TradewindApp) {}

  get page(): Page {
    return this.app.page;
  }

  /** A string of the app in the language now on screen. */
  async t(key: string, vars?: Record<string, unknown>): Promise<string> {
    return tr(await this.app.language(), key, vars);
  }
}
