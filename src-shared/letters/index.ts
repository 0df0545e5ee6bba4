/**
 * The letters engine: templates in a fixed Handlebars environment, the data a letter is written
 * from, per-recipient checks, and scheduling in the customer's clock. Pure: runs in main (which
 * renders, as the page's CSP forbids compiled code), the renderer and tests.
 */
export * from './types';
export { checkTemplate } from './checkTemplate';
export { compileLetter, renderLetter, TemplateError, textDirection, cleanSubject, type CompiledLetter } from './compileLetter';
export { htmlToText } from './htmlToText';
export { pickVariant, languageChain } from './pickVariant';
export { buildLetterData, splitName, letterLocale, expandExtra, type LetterDataInput, type LetterCustomer, type LetterContact } from './buildLetterData';
export { checkRecipient, primaryContact, contactEmail, isPlainEmail, type RecipientCheck } from './recipients';
export { suggestTemplates } from './suggestTemplates';
export { parseTemplatePack, parseVariantFile, TemplatePackError } from './templatePack';
export { formatMoney, formatDate } from './helpers';
export { VALUE_HELPERS, BLOCK_HELPERS } from './helpers';
