// Entry of the main process. Everything Electron-specific sits in ./shell; the capabilities it
// wires up (ipc/, files/, and later mail/) are plain modules tested in Node.
import { startApp } from './shell/app';

startApp();
