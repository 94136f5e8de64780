/** Turns the optional `thema` colours of site.yaml into token overrides. */

export interface ThemaKleuren {
  primair?: string | undefined;
  accent?: string | undefined;
  achtergrond?: string | undefined;
  tekst?: string | undefined;
}

const TOKENS: Record<keyof ThemaKleuren, string[]> = {
  primair: ['--ww-color-primary', '--ww-color-link', '--ww-chart-1'],
  accent: ['--ww-color-accent', '--ww-chart-2'],
  achtergrond: ['--ww-color-background'],
  tekst: ['--ww-color-text'],
};

const COLOUR = /^#[0-9a-f]{6}$/i;

/**
 * CSS for the theme layer, or undefined when the site sets no colours. Only #rrggbb values pass, so content cannot inject CSS.
 * @example themeStyle({ primair: '#004b87' }) // '@layer ww.theme{:root{--ww-color-primary:#004b87;…}}'
 */
export function themeStyle(thema: ThemaKleuren | undefined): string | undefined {
  if (!thema) return undefined;
  const declarations: string[] = [];
  for (const [key, tokens] of Object.entries(TOKENS) as [keyof ThemaKleuren, string[]][]) {
    const value = thema[key];
    if (value && COLOUR.test(value)) for (const token of tokens) declarations.push(`${token}:${value}`);
  }
  return declarations.length ? `@layer ww.theme{:root{${declarations.join(';')}}}` : undefined;
}
