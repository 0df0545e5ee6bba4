export type { LaunchOptions, UploadFile } from './app';
export { launchApp, TradewindApp } from './app';
export type { Codec, IpcCall } from './bridge';
export { codec } from './bridge';
export { useApp } from './fixture';
export { CHROMIUM, OUT_DIR, RENDERER_DIR, REPO, SCREENSHOTS } from './paths';
export { MIME_TYPES, serveStatic } from './server';
export type { UiLanguage } from './strings';
export { tr, UI_LANGUAGES } from './strings';
