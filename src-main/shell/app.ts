import { app, BrowserWindow, dialog, ipcMain, safeStorage, shell } from 'electron';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { invokeChannelNames } from '../../src-shared/ipc/channels';
import type { IpcResult } from '../../src-shared/ipc/contract';
import type { SecretStorageStatus } from '../../src-shared/mail/types';
import { isExternalUrl } from '../../src-shared/ipc/contract';
import { dispatchFromSender } from '../ipc/dispatch';
import { iconPath } from '../files/appPaths';
import { createHandlers } from '../ipc/handlers';
import { hardenWebContents } from './security';

const here = fileURLToPath(new URL('.', import.meta.url));
const devServerUrl = process.env['ELECTRON_RENDERER_URL'];

let mainWindow: BrowserWindow | null = null;

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Tradewind',
    icon: iconPath({ isPackaged: app.isPackaged, resourcesPath: process.resourcesPath, mainDir: here }),
    webPreferences: {
      preload: join(here, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
    },
  });
  win.once('ready-to-show', () => win.show());
  if (devServerUrl) void win.loadURL(devServerUrl);
  else void win.loadFile(join(here, '../renderer/index.html'));
  return win;
}

function registerIpc(): void {
  const appOrigin = devServerUrl ? new URL(devServerUrl).origin : 'file://';
  const handlers = createHandlers({
    async chooseSavePath(suggestedName, filterName, extensions) {
      const options = {
        defaultPath: join(app.getPath('documents'), suggestedName),
        filters: extensions ? [{ name: filterName ?? extensions.join(', '), extensions }] : [],
      };
      const result = mainWindow
        ? await dialog.showSaveDialog(mainWindow, options)
        : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async openExternal(url) {
      if (isExternalUrl(url)) await shell.openExternal(url);
    },
    appInfo: () => ({
      version: app.getVersion(),
      dataPath: app.getPath('userData'),
      platform: process.platform,
      locale: app.getLocale(),
    }),
    secrets: {
      status: secretStorageStatus,
      encrypt: (plain) => new Uint8Array(safeStorage.encryptString(plain)),
      decrypt: (bytes) => safeStorage.decryptString(Buffer.from(bytes)),
    },
    async openPath(path) {
      // shell.openPath answers an error message, or '' when it worked.
      const problem = await shell.openPath(path);
      if (problem) throw new Error(problem);
    },
    async chooseFolder() {
      const options = { properties: ['openDirectory', 'createDirectory'] as Array<'openDirectory' | 'createDirectory'> };
      const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  });
  for (const channel of invokeChannelNames) {
    ipcMain.handle(channel, (event, arg): Promise<IpcResult<unknown>> => {
      // Only the top frame of our own window, showing our own page, may call main.
      const frame = event.senderFrame;
      const sender = frame ? { url: frame.url, isTopFrame: frame.parent === null } : null;
      return dispatchFromSender(handlers, channel, arg, sender, appOrigin);
    });
  }
}

/**
 * How safeStorage can keep the mail password here. On Linux without a keyring it falls back to
 * "basic_text", a fixed key anyone can undo: that counts as plain text, and Settings asks first.
 * (getSelectedStorageBackend is Linux-only and valid once the app is ready; IPC starts after.)
 */
function secretStorageStatus(): SecretStorageStatus {
  const available = safeStorage.isEncryptionAvailable();
  const backend =
    process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : process.platform === 'darwin' ? 'keychain' : 'dpapi';
  return { available, backend, plainText: !available || backend === 'basic_text' || backend === 'unknown' };
}

export function startApp(): void {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.on('second-instance', (_event, argv) => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
    mainWindow.webContents.send('app:second-instance', { argv });
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  void app.whenReady().then(() => {
    hardenWebContents({ dev: Boolean(devServerUrl) });
    registerIpc();
    mainWindow = createWindow();
    mainWindow.on('closed', () => (mainWindow = null));
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
    });
  });
}
