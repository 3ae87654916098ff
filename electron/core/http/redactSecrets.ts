// Logs are read by more people than hold the node token (support bundles,
// journald, screenshots), so nothing that looks like a credential reaches
// them: the node's own token, bearer headers and `token=` query values.
const BEARER = /\b(Bearer\s+)[^\s"',;]+/gi;
const TOKEN_PARAMETER = /([?&;]token=)[^&\s"',;#]+/gi;

export const REDACTED = '[redacted]';

export function redactSecrets(text: string, secrets: readonly string[] = []): string {
  let redacted = text.replace(BEARER, `$1${REDACTED}`).replace(TOKEN_PARAMETER, `$1${REDACTED}`);
  for (const secret of secrets)
    if (secret.length >= 8) redacted = redacted.split(secret).join(REDACTED);
  return redacted;
}

/** A log function that never writes the given secrets or anything token-shaped. */
export function redactingLog(
  log: (message: string) => void,
  secrets: readonly string[],
): (message: string) => void {
  return (message) => log(redactSecrets(message, secrets));
}
