/**
 * The senders running in this window, so that queueing, retrying or resuming starts them at once
 * instead of at their next poll. (Other windows poll; only one of them sends anyway.)
 */
const wakers = new Set<() => void>();

export function registerWaker(wake: () => void): () => void {
  wakers.add(wake);
  return () => wakers.delete(wake);
}

export function wakeSenders(): void {
  for (const wake of wakers) wake();
}
