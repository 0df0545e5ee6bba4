import type { FrameLocator, Locator } from 'playwright-core';
import { expect } from 'vitest';
import { PageObject } from './PageObject';
import { LONG } from './waits';

/**
 * The letter templates (#/letters) and the template editor (#/letters/templates/<id>): the list
 * grouped by kind, the language tabs with subject and body, problems, and the live preview.
 */
export class TemplatesPage extends PageObject {
  // ---- list ----

  list(): Locator {
    return this.page.getByTestId('template-list');
  }
  group(kind: string): Locator {
    return this.page.getByTestId(`template-group-${kind}`);
  }
  row(id: string): Locator {
    return this.page.getByTestId(`template-row-${id}`);
  }

  /** Opens #/letters and waits until the templates show (the default pack is seeded at start). */
  async openList(): Promise<void> {
    await this.app.goto('/letters');
    await this.list().waitFor();
    await expect.poll(() => this.page.locator('[data-testid^="template-row-"]').count(), LONG).toBeGreaterThan(0);
  }

  /** Opens a template from its row and waits for the editor. */
  async open(id: string): Promise<void> {
    await this.page.getByTestId(`template-open-${id}`).click();
    await this.editor().waitFor();
  }

  // ---- editor ----

  editor(): Locator {
    return this.page.getByTestId('template-editor');
  }
  title(): Locator {
    return this.page.getByTestId('template-title');
  }
  subject(): Locator {
    return this.page.getByTestId('template-subject');
  }
  body(): Locator {
    return this.page.getByTestId('template-body');
  }
  tab(language: string): Locator {
    return this.page.getByTestId(`variant-tab-${language}`);
  }
  saveButton(): Locator {
    return this.page.getByTestId('template-save');
  }
  blockedReason(): Locator {
    return this.page.getByTestId('save-blocked-reason');
  }
  problems(): Locator {
    return this.page.getByTestId('template-problem');
  }

  /** Replaces the body of the language on screen. */
  async setBody(text: string): Promise<void> {
    await this.body().fill(text);
  }

  /** Waits until main's check has answered for what is on screen, and answers the problems' text. */
  async problemTexts(): Promise<string[]> {
    await expect.poll(() => this.editor().getAttribute('data-checks'), LONG).toBe('done');
    return this.problems().allInnerTexts();
  }

  /** The problems' codes, once the check has answered. */
  async problemCodes(): Promise<string[]> {
    await this.problemTexts();
    return this.problems().evaluateAll((els) => els.map((el) => el.getAttribute('data-code') ?? ''));
  }

  async save(): Promise<void> {
    await expect.poll(() => this.saveButton().isEnabled(), LONG).toBe(true);
    await this.saveButton().click();
    await expect.poll(() => this.editor().getAttribute('data-dirty'), LONG).toBe('false');
  }

  // ---- preview ----

  preview(): Locator {
    return this.page.getByTestId('template-preview');
  }
  frame(): FrameLocator {
    return this.page.frameLocator('[data-testid="preview-frame"]');
  }
  previewText(): Locator {
    return this.page.getByTestId('preview-text');
  }
  previewSubject(): Locator {
    return this.page.getByTestId('preview-subject');
  }

  /** The preview's letter as text, once the newest render is on screen. */
  async renderedHtmlText(): Promise<string> {
    await this.previewSettled();
    return this.frame().locator('body').innerText();
  }

  /** Waits until the preview shows a letter for what is on screen now (not an older one). */
  async previewSettled(): Promise<void> {
    await expect
      .poll(async () => `${await this.preview().getAttribute('data-status')}/${await this.preview().getAttribute('data-stale')}`, LONG)
      .toBe('rendered/false');
  }

  async showPreviewTab(): Promise<void> {
    await this.page.getByTestId('side-tab-preview').click();
  }

  async showPlainText(): Promise<void> {
    await this.page.getByTestId('preview-tab-text').click();
    await this.previewText().waitFor();
  }

  async showHtml(): Promise<void> {
    await this.page.getByTestId('preview-tab-html').click();
  }

  /** Picks the preview's customer by typing part of the company and choosing the option. */
  async pickCustomer(search: string, company: string): Promise<void> {
    const input = this.page.getByTestId('preview-customer');
    await input.click();
    await input.fill(search);
    await this.page.getByRole('option', { name: company, exact: true }).click();
    await expect.poll(() => input.inputValue(), LONG).toBe(company);
  }
}
