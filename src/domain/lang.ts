// Languages the platform knows how to publish in. A site enables a subset through LANGS.
export const KNOWN_LANGS = ['ru', 'ky', 'en'] as const;
export type Lang = (typeof KNOWN_LANGS)[number];

export function isKnownLang(value: string): value is Lang {
  return (KNOWN_LANGS as readonly string[]).includes(value);
}
