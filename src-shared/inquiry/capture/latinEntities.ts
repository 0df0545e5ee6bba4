/**
 * The HTML 4 Latin-1 entities (&ouml; &eacute; &ntilde; &ccedil;…), which HTML mail from
 * Germany, Spain, Portugal and France is full of. The letters' htmlToText decodes the entities a
 * template uses and leaves others as written; this decodes the rest of the Latin-1 set after it.
 */
const LATIN1_NAMES =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest ' +
  'Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig ' +
  'agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';

const ENTITIES = new Map<string, string>(LATIN1_NAMES.split(' ').map((name, i) => [name, String.fromCharCode(160 + i)]));
for (const [name, ch] of Object.entries({ OElig: 'Œ', oelig: 'œ', Scaron: 'Š', scaron: 'š', Yuml: 'Ÿ', shy: '' })) ENTITIES.set(name, ch);

const ENTITY = /&([a-zA-Z][a-zA-Z0-9]{1,7});/g;

export function decodeLatinEntities(text: string): string {
  return text.indexOf('&') < 0 ? text : text.replace(ENTITY, (whole, name: string) => ENTITIES.get(name) ?? whole);
}
