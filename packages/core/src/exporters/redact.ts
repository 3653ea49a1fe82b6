/**
 * Replaces every secret value (webhook URLs, tokens, and their URL-encoded forms) in `text` by `***`,
 * so error messages from `fetch` never print them into logs or reports.
 */
export function redact(text: string, secrets: ReadonlyArray<string | undefined>): string {
  let out = text;
  for (const secret of secrets) {
    if (!secret || secret.length < 4) continue;
    for (const form of new Set([secret, encodeURIComponent(secret), safeUrl(secret)])) {
      if (form) out = out.split(form).join('***');
    }
  }
  return out;
}

/** The URL with its query, user info and path removed (`https://hooks.example.com`), safe to print. */
export function safeOrigin(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return '<invalid url>';
  }
}

function safeUrl(value: string): string | undefined {
  try {
    return new URL(value).href;
  } catch {
    return undefined;
  }
}
