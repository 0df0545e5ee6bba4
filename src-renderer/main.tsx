import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { getSetting, loadBookIndex } from './data';
import { initI18n, pickUiLanguage } from './i18n';

/** Open the book and pick the language before the first paint, so nothing flickers. */
async function boot(): Promise<void> {
  const root = document.getElementById('root');
  if (!root) throw new Error('No #root element');
  try {
    const saved = await getSetting<string | null>('language', null);
    await initI18n(pickUiLanguage(saved, navigator.languages));
    await loadBookIndex();
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
}

void boot();
