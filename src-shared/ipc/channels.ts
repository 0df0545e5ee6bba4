import type { EventChannel, InvokeChannel } from './contract';

/**
 * The channel names alone, without the zod schemas, so the sandboxed preload stays tiny.
 * The type checks below fail to compile when this list drifts from the contract.
 */
export const invokeChannelNames = [
  'app:info',
  'files:save',
  'shell:openExternal',
  'letters:check',
  'letters:render',
  'mail:send',
  'mail:sendMany',
  'mail:verify',
  'mail:getAccount',
  'mail:setAccount',
  'mail:openOutboxFolder',
  'mail:chooseOutboxFolder',
] as const satisfies readonly InvokeChannel[];
export const eventChannelNames = ['app:second-instance'] as const satisfies readonly EventChannel[];

type Missing<All, Listed> = Exclude<All, Listed>;
// If a channel is added to the contract but not here, these lines stop compiling.
export const _allInvokeListed: Missing<InvokeChannel, (typeof invokeChannelNames)[number]> extends never ? true : never = true;
export const _allEventsListed: Missing<EventChannel, (typeof eventChannelNames)[number]> extends never ? true : never = true;
