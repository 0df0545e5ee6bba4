import { join } from 'node:path';

/**
 * Where the window icon is. Packaged, electron-builder copies resources/icon.png next to app.asar
 * (extraResources, see electron-builder.yml); in development it is read from the repository.
 * `mainDir` is the folder of the built main script (out/main).
 */
export function iconPath(where: { isPackaged: boolean; resourcesPath: string; mainDir: string }): string {
  return where.isPackaged ? join(where.resourcesPath, 'icon.png') : join(where.mainDir, '..', '..', 'resources', 'icon.png');
}
