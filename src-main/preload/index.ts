import { contextBridge, ipcRenderer } from 'electron';
import type { Api, EventChannel, EventPayloads } from '../../src-shared/ipc/contract';
import { eventChannelNames, invokeChannelNames } from '../../src-shared/ipc/channels';

// Exactly the contract, nothing more: no raw ipcRenderer reaches the page.
const invoke = Object.fromEntries(
  invokeChannelNames.map((channel) => [channel, (arg: unknown) => ipcRenderer.invoke(channel, arg)]),
);

const api = {
  ...invoke,
  on<E extends EventChannel>(event: E, listener: (payload: EventPayloads[E]) => void): () => void {
    if (!(eventChannelNames as readonly string[]).includes(event)) throw new Error(`Unknown event: ${event}`);
    const wrapped = (_: unknown, payload: EventPayloads[E]) => listener(payload);
    ipcRenderer.on(event, wrapped);
    return () => ipcRenderer.removeListener(event, wrapped);
  },
} as Api satisfies Api;

contextBridge.exposeInMainWorld('api', api);
