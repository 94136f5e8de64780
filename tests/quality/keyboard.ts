/**
 * The keyboard walk: the skip link is the first Tab stop, shows itself and moves focus to #inhoud; then Tab
 * through the whole page and check that every link, button and field is reached and shows a focus indicator
 * that differs from its look without focus.
 */
import type { Page } from 'playwright-core';
import { focusState, listFocusables, skipLinkState } from './in-page.ts';

export interface KeyboardOptions {
  /** Pages with the site's header start with the skip link; embeds do not have one. */
  skipLink: boolean;
  /** Loads the page afresh (the walk starts from the top of a new page). */
  reload: () => Promise<unknown>;
  /** Prefix of every problem line. */
  label: string;
}

/** Returns one Dutch line per keyboard problem on the loaded page. */
export async function checkKeyboard(page: Page, options: KeyboardOptions): Promise<string[]> {
  const { label } = options;
  const out: string[] = [];
  if (options.skipLink) {
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(skipLinkState);
    if (!skip.focused) out.push(`${label}: de eerste Tab-stop is niet de link "Direct naar de inhoud"`);
    else {
      if (!skip.inView) out.push(`${label}: de link "Direct naar de inhoud" is niet te zien als hij focus heeft`);
      await page.keyboard.press('Enter');
      const landed = await page.evaluate(() => ({ hash: location.hash, id: document.activeElement?.id }));
      if (landed.hash !== '#inhoud' || landed.id !== 'inhoud') {
        out.push(`${label}: "Direct naar de inhoud" zet de focus niet op de inhoud (maar op ${landed.id || 'iets anders'})`);
      }
    }
    await options.reload();
  }
  const focusables = await page.evaluate(listFocusables);
  const reached = new Set<number>();
  for (let presses = 0; presses < focusables.length + 20; presses++) {
    await page.keyboard.press('Tab');
    const state = await page.evaluate(focusState);
    if (state.tag === 'body') {
      if (reached.size > 0) break; // focus left the page: the walk is complete
      continue;
    }
    if (state.index === undefined || reached.has(state.index)) continue;
    reached.add(state.index);
    const item = focusables[state.index]!;
    if (!state.indicator || state.focused === item.unfocused) out.push(`${label}: geen zichtbare focus op ${item.label}`);
  }
  const groups = new Set(focusables.filter((f) => reached.has(f.index) && f.group).map((f) => f.group));
  for (const f of focusables) {
    if (!reached.has(f.index) && !(f.group && groups.has(f.group))) out.push(`${label}: niet te bereiken met Tab: ${f.label}`);
  }
  return out;
}
