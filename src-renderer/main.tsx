import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { callMain } from './app/mainApi';
import { ensureDefaultTemplates, getSetting, loadBookIndex, startSender } from './data';
import { initI18n, pickUiLanguage } from './i18n';

/**
 * Pick the language before the first paint, so nothing flickers; then render at once and let the
 * customer book load behind a loading state (a 100,000-customer book takes seconds to read).
 */
async function boot(): Promise<void> {
  const root = document.getElementById('root');
  if (!root) throw new Error('No #root element');
  try {
    const saved = await getSetting<string | null>('language', null);
    await initI18n(pickUiLanguage(saved, navigator.languages));
  } catch (err) {
    console.error(err);
    root.textContent =
      'Tradewind could not open its database. Close other Tradewind windows and start again. / Tradewind 无法打开数据库，请关闭其他窗口后重试。';
    return;
  }
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  // The hooks show their loading state meanwhile, and retry on their next mount if this fails.
  loadBookIndex().catch((error: unknown) => console.error('Loading the customer book failed', error));
  void startLetters();
}

/**
 * In the background: the default templates on first run, then the outbox's sender. The sender
 * starts even when the templates failed (queued letters must still go); it recovers interrupted
 * sends itself, under a Web Lock, so a second window neither sends nor recovers.
 */
async function startLetters(): Promise<void> {
  try {
    await ensureDefaultTemplates();
  } catch (error) {
    console.error('Loading the default templates failed', error);
  }
  startSender({ sendMany: async (messages) => (await callMain('mail:sendMany', { messages })).outcomes });
}

void boot();
