import type { Api } from '../src-shared/ipc/contract';

declare global {
  interface Window {
    /** The IPC contract, put in place by the preload (or by the e2e harness). */
    api: Api;
  }
}
export {};
