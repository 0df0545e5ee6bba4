/** The domain used when the sender's address has none we can use (Message-IDs need a right-hand side). */
export const FALLBACK_MESSAGE_ID_DOMAIN = 'tradewind.invalid';

/** What the IPC contract accepts as a Message-ID: one `<left@right>` with no spaces or brackets inside. */
export const MESSAGE_ID_PATTERN = /^<[^<>\s@]+@[^<>\s@]+>$/;

/**
 * A Message-ID for a letter, `<uuid@domain-of-from>`, assigned when the letter is queued so the
 * same id travels with every attempt (servers and clients use it to spot duplicates).
 *
 * The sender's own domain is the conventional right-hand side. When the from address has no usable
 * domain (empty, malformed, or holding characters a Message-ID cannot carry), the reserved
 * `.invalid` domain stands in: the id stays unique through the uuid, and nobody else's domain is
 * claimed.
 */
export function newMessageId(fromAddress: string, uuid: string): string {
  const left = uuid.replace(/[^A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]/g, '') || 'letter';
  return `<${left}@${domainOf(fromAddress)}>`;
}

const DOMAIN = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/;

function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  const raw = at >= 0 ? address.slice(at + 1).trim() : '';
  // Anything URL would read as a path, port, credentials or IP literal is not a plain domain.
  if (!raw || /[\s/?#:@[\]\\<>%]/.test(raw)) return FALLBACK_MESSAGE_ID_DOMAIN;
  try {
    // URL turns an internationalised domain into its ASCII (xn--) form, as a mail header needs.
    const domain = new URL(`http://${raw}`).hostname;
    return DOMAIN.test(domain) ? domain : FALLBACK_MESSAGE_ID_DOMAIN;
  } catch {
    return FALLBACK_MESSAGE_ID_DOMAIN;
  }
}
