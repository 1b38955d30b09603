/**
 * Fills `{name}` placeholders in a translated template. Unknown placeholders are left as they are,
 * so a missing parameter is visible instead of silently empty.
 */
export function formatMessage(template: string, params: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{([a-zA-Z0-9_]+)\}/g, (whole, key: string) => {
    const value = Object.hasOwn(params, key) ? params[key] : undefined;
    return value === undefined ? whole : String(value);
  });
}
