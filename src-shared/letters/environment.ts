import Handlebars from 'handlebars';
import { BLOCK_HELPERS, letterHelpers, VALUE_HELPERS } from './helpers';

/**
 * The one Handlebars environment letters compile in: an isolated `Handlebars.create()` holding
 * only the letter helpers and the built-in if/unless/each/with. Prototype access stays blocked
 * (we never pass allowProto* runtime options), so `{{constructor}}` and friends render nothing.
 */
export type LetterEnvironment = typeof Handlebars;

function createLetterEnvironment(): LetterEnvironment {
  const env = Handlebars.create();
  for (const name of Object.keys(env.helpers)) {
    // helperMissing/blockHelperMissing are Handlebars' own plumbing for sections; keep them.
    if (!BLOCK_HELPERS.has(name) && name !== 'helperMissing' && name !== 'blockHelperMissing') env.unregisterHelper(name);
  }
  const helpers = letterHelpers(env.escapeExpression, env.SafeString as unknown as new (s: string) => unknown);
  for (const [name, fn] of Object.entries(helpers)) env.registerHelper(name, fn);
  // Handlebars logs to the console once per blocked prototype property. A template probing
  // `{{constructor}}` is already refused by checkTemplate; the log would only flood main's output.
  // Level 4 is above "error", the highest level Handlebars logs at (the logger is module-wide,
  // and nothing else in the app uses Handlebars).
  env.logger.level = 4;
  return env;
}

export const letterEnvironment: LetterEnvironment = createLetterEnvironment();

/** Compile options shared by the app's path and the benchmark's raw baseline. */
export const COMPILE_OPTIONS = {
  // Unknown names can only be fields: Handlebars then emits plain lookups, without a
  // helperMissing check per mustache, which is both safer and faster.
  knownHelpers: Object.fromEntries([...VALUE_HELPERS, ...BLOCK_HELPERS].map((h) => [h, true])),
  knownHelpersOnly: true,
  strict: false,
} as const;

export { BLOCK_HELPERS, NO_ARGUMENT_HELPERS, VALUE_HELPERS } from './helpers';
