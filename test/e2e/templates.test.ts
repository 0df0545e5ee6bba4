import { beforeAll, describe, expect, it } from 'vitest';
import { useApp } from './harness/fixture';
import { tr } from './harness/strings';
import type { NewCustomer } from './pages';
import { ACTION_TIMEOUT, countryName, CustomerPage, dismissNotifications, LONG, notification, scrollSettled, SettingsPage, TemplatesPage } from './pages';

/**
 * The template list and editor: the default pack grouped by kind, problems shown with line and
 * column before saving (syntax, an unknown helper, triple-stash), the live preview for a chosen
 * customer in HTML and plain text, customer HTML shown as text, and saving.
 */

const T = (key: string, vars?: Record<string, unknown>) => tr('en', key, vars);

const ACME: NewCustomer = { company: 'Acme Trading GmbH', country: 'DE', city: 'Hamburg', contactName: 'Jonas Weber', emails: ['jonas@acme-trading.de'] };
const BOLD: NewCustomer = { company: '<b>Bold & Co</b>', country: 'US', city: 'Austin', contactName: 'Dana Miles', emails: ['dana@boldco.example'] };

const FIXED_BODY = '<p>{{salutation}}</p>\n<p>A letter for {{customer.company}} in {{customer.city}}.</p>\n<p>{{salesperson.name}}</p>';

describe('letter templates', () => {
  const app = useApp({ locale: 'en-US' });
  const templates = new TemplatesPage(app);
  const customer = new CustomerPage(app);
  const settings = new SettingsPage(app);

  beforeAll(() => {
    app.context.setDefaultTimeout(ACTION_TIMEOUT);
  });

  it('has two customers to preview letters with', async () => {
    for (const c of [ACME, BOLD]) {
      await app.goto('/customers/new');
      await customer.fillNew(c, await countryName(app.page, 'en', c.country));
      await customer.create();
    }
    expect(app.errors).toEqual([]);
  });

  it('lists the default pack grouped by kind, each with its languages, built-in', async () => {
    await templates.openList();
    for (const kind of ['inquiryReply', 'development', 'quoteCover', 'quoteFollowUp', 'sampleFollowUp', 'reorder', 'festival', 'closureNotice']) {
      await templates.group(kind).waitFor();
      expect(await templates.group(kind).locator('h4').innerText()).toContain(T(`templates:kind.${kind}`));
    }
    const row = templates.row('quote-cover');
    expect(await row.getByTestId('template-name').innerText()).toBe('Quote cover letter');
    expect(await row.innerText()).toContain(T('templates:list.builtIn'));
    for (const lang of ['en', 'zh']) expect(await row.getByTestId(`template-lang-${lang}`).count()).toBe(1);
    await dismissNotifications(app.page);
    await app.screenshot('templates-list');
    expect(app.errors).toEqual([]);
  });

  it('opens a template with a preview for the first customer of the book', async () => {
    await templates.open('quote-cover');
    expect(await templates.title().innerText()).toBe('Quote cover letter');
    expect(await templates.subject().inputValue()).toContain('{{customer.company}}');
    await templates.previewSettled();
    expect(await templates.previewSubject().innerText()).not.toBe('');
    await app.screenshot('template-editor');
    await app.page.getByTestId('preview-frame').scrollIntoViewIfNeeded();
    await scrollSettled(app.page);
    await app.screenshot('template-preview');
    expect(app.errors).toEqual([]);
  });

  it('shows a syntax error with its line and column, and Save stays disabled', async () => {
    await templates.setBody('<p>{{salutation}}</p>\n<p>Dear {{customer.company}</p>');
    const texts = await templates.problemTexts();
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.join('\n')).toMatch(/^Line 2, column \d+: /m);
    expect(await templates.problemCodes()).toContain('syntax');
    expect(await templates.saveButton().isDisabled()).toBe(true);
    expect(await templates.blockedReason().innerText()).toBe(T('templates:editor.blocked.problems', { count: texts.length }));
    await expect.poll(() => templates.preview().getByTestId('preview-broken').count(), LONG).toBe(1);
  });

  it('names an unknown helper', async () => {
    await templates.setBody('<p>{{salutation}}</p>\n<p>{{shout customer.company}}</p>');
    const texts = await templates.problemTexts();
    expect(await templates.problemCodes()).toEqual(['unknownHelper']);
    expect(texts[0]).toContain(T('templates:problem.code.unknownHelper', { name: 'shout' }));
    expect(texts[0]).toMatch(/^Line 2, column \d+: /);
    expect(await templates.saveButton().isDisabled()).toBe(true);
  });

  it('refuses triple braces on a customer field', async () => {
    await templates.setBody('<p>{{salutation}}</p>\n<p>{{{customer.company}}}</p>');
    const texts = await templates.problemTexts();
    expect(await templates.problemCodes()).toContain('unescapedOutput');
    expect(texts.join('\n')).toContain(T('templates:problem.code.unescapedOutput'));
    expect(await templates.saveButton().isDisabled()).toBe(true);
  });

  it('previews the fixed letter for a chosen customer, as HTML and as plain text', async () => {
    await templates.setBody(FIXED_BODY);
    expect(await templates.problemTexts()).toEqual([]);
    await templates.pickCustomer('Acme', ACME.company);
    await expect.poll(() => templates.renderedHtmlText(), LONG).toContain('A letter for Acme Trading GmbH in Hamburg.');
    await templates.showPlainText();
    expect(await templates.previewText().innerText()).toContain('A letter for Acme Trading GmbH in Hamburg.');
    expect(await templates.saveButton().isEnabled()).toBe(true);
  });

  it('shows a company named <b>Bold & Co</b> literally, never as markup', async () => {
    await templates.showHtml();
    await templates.pickCustomer('Bold', BOLD.company);
    await expect.poll(() => templates.renderedHtmlText(), LONG).toContain('A letter for <b>Bold & Co</b> in Austin.');
    expect(await templates.frame().locator('b').count()).toBe(0);
    await templates.showPlainText();
    expect(await templates.previewText().innerText()).toContain('A letter for <b>Bold & Co</b> in Austin.');
    await templates.showHtml();
  });

  it('saves, and the saved body comes back after a restart', async () => {
    await templates.save();
    await notification(app.page, T('templates:editor.saved')).first().waitFor();
    await app.restart();
    app.context.setDefaultTimeout(ACTION_TIMEOUT);
    await templates.openList();
    await templates.open('quote-cover');
    expect(await templates.body().inputValue()).toBe(FIXED_BODY);
    expect(await templates.editor().getAttribute('data-dirty')).toBe('false');
    expect(app.errors).toEqual([]);
  });

  it('asks before leaving unsaved changes, and stays when told to', async () => {
    await templates.setBody(`${FIXED_BODY}\n<p>More</p>`);
    await expect.poll(() => templates.editor().getAttribute('data-dirty'), LONG).toBe('true');
    await app.page.getByTestId('nav-customers').click();
    await app.page.getByTestId('discard-cancel').click();
    expect(await app.page.evaluate(() => window.location.hash)).toBe('#/letters/templates/quote-cover');
    expect(await templates.body().inputValue()).toBe(`${FIXED_BODY}\n<p>More</p>`);
    await templates.page.getByTestId('template-back').click();
    await app.page.getByTestId('discard-confirm').click();
    await templates.list().waitFor();
    expect(app.errors).toEqual([]);
  });

  it('duplicates a built-in template into one of your own, and deletes it after asking', async () => {
    await templates.page.getByTestId('template-menu-quote-cover').click();
    await templates.page.getByTestId('template-duplicate').click();
    await templates.editor().waitFor();
    expect(await templates.title().innerText()).toBe(`Quote cover letter${T('templates:list.copySuffix')}`);
    expect(await templates.editor().innerText()).toContain(T('templates:list.own'));
    const copyId = /#\/letters\/templates\/(.+)$/.exec(await app.page.evaluate(() => window.location.hash))![1]!;
    await templates.page.getByTestId('template-back').click();
    await templates.row(copyId).waitFor();
    await templates.page.getByTestId(`template-menu-${copyId}`).click();
    await templates.page.getByTestId('template-delete').click();
    await templates.page.getByTestId('template-delete-confirm').click();
    await expect.poll(() => templates.row(copyId).count(), LONG).toBe(0);
    expect(await templates.row('quote-cover').count()).toBe(1);
    expect(app.errors).toEqual([]);
  });

  it('creates a new template', async () => {
    await templates.page.getByTestId('template-new').click();
    await templates.editor().waitFor();
    expect(await templates.saveButton().isDisabled()).toBe(true);
    await templates.page.getByTestId('template-name-en').fill('Trade fair invitation');
    await templates.subject().fill('Meet us at the Canton Fair, {{customer.company}}');
    await templates.save();
    await expect.poll(() => app.page.evaluate(() => window.location.hash), LONG).toMatch(/^#\/letters\/templates\/(?!new)[^/]+$/);
    await templates.page.getByTestId('template-back').click();
    await templates.group('custom').getByText('Trade fair invitation').waitFor();
    expect(app.errors).toEqual([]);
  });

  it('shows the list and the editor in Chinese', async () => {
    await settings.open();
    await settings.setLanguage('zh-CN');
    await templates.openList();
    expect(await templates.group('quoteCover').locator('h4').innerText()).toContain(tr('zh-CN', 'templates:kind.quoteCover'));
    expect(await templates.row('quote-cover').getByTestId('template-name').innerText()).toBe('报价附信');
    await dismissNotifications(app.page);
    await app.screenshot('templates-list');
    await templates.open('quote-follow-up-1');
    await templates.tab('zh').click();
    await templates.previewSettled();
    expect(await templates.previewSubject().innerText()).toMatch(/[\u4e00-\u9fff]/);
    await app.screenshot('template-editor');
    await app.page.getByTestId('preview-frame').scrollIntoViewIfNeeded();
    await scrollSettled(app.page);
    await app.screenshot('template-preview');
    expect(app.errors).toEqual([]);
  });
});
