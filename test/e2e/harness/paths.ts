import { join, resolve } from 'node:path';

/** The repository root. */
export const REPO = resolve(import.meta.dirname, '../../..');

/**
 * The electron-vite build the suite runs against (`npm run test:e2e` builds first).
 * TRADEWIND_OUT_DIR points elsewhere, e.g. at a build made in a scratch copy of the repo.
 */
export const OUT_DIR = process.env['TRADEWIND_OUT_DIR'] ? resolve(process.env['TRADEWIND_OUT_DIR']) : join(REPO, 'out');
export const RENDERER_DIR = join(OUT_DIR, 'renderer');

/** Debian's Chromium; CHROMIUM_PATH overrides it. */
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Git-ignored; screenshots go to test-output/screenshots/<name>.<lang>.png. */
export const TEST_OUTPUT = join(REPO, 'test-output');
export const SCREENSHOTS = join(TEST_OUTPUT, 'screenshots');

export const LOCALES_DIR = join(REPO, 'src-renderer', 'i18n', 'locales');
