/**
 * A rule's message key, and the limit it names: rules built from data (an application question's
 * length or range) write "answer_too_long:200", since a form library keeps only the message string.
 */
export function splitRule(message: string): { key: string; limit?: string } {
  const at = message.indexOf(":");
  return at < 0 ? { key: message } : { key: message.slice(0, at), limit: message.slice(at + 1) };
}
