/**
 * Measurements that run inside the page (passed to page.evaluate). Each function is self-contained: Playwright
 * serialises its source, so it may not use anything from this module's scope.
 */

/** How far the page is wider than the window (0 = no sideways scrolling). */
export function sidewaysOverflow(): number {
  return Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/**
 * Text that is cut off or sticks out of its box: elements that hide their overflow while their content is larger,
 * text with an ellipsis, and text blocks whose words run past their edge. Scroll boxes (tables) may scroll,
 * form fields scroll by nature, and visually hidden text (for screen readers) is meant to be clipped.
 */
export function clippedText(): string[] {
  const describe = (el: Element) => {
    const id = el.id ? `#${el.id}` : '';
    const cls = typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).filter((c) => !c.startsWith('astro-')).join('.')}` : '';
    const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return `<${el.tagName.toLowerCase()}${id}${cls}> "${text}"`;
  };
  const problems: string[] = [];
  for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
    if (el.closest('.ww-visually-hidden, input, select, textarea, svg, [aria-hidden="true"]')) continue;
    if (!el.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions)) continue;
    const style = getComputedStyle(el);
    if (style.clipPath !== 'none' || style.display === 'inline' || style.display === 'contents') continue;
    const text = (el.textContent ?? '').trim();
    if (!text) continue;
    const wider = el.scrollWidth > el.clientWidth + 1;
    const taller = el.scrollHeight > el.clientHeight + 1;
    const hides = (v: string) => v === 'hidden' || v === 'clip';
    if (style.textOverflow === 'ellipsis' && wider) problems.push(`afgekort met …: ${describe(el)}`);
    else if ((hides(style.overflowX) && wider) || (hides(style.overflowY) && taller)) problems.push(`afgeknipt: ${describe(el)}`);
    else if (style.overflowX === 'visible' && wider) {
      const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim());
      if (ownText) problems.push(`tekst steekt buiten het vak: ${describe(el)}`);
    }
  }
  return problems;
}

export interface Focusable {
  index: number;
  label: string;
  /** Radio buttons share one Tab stop per group. */
  group?: string | undefined;
  /** outline + box-shadow before focus. */
  unfocused: string;
}

/** Every element a keyboard user must be able to reach, in document order; each gets a data-ww-focus index. */
export function listFocusables(): Focusable[] {
  const selector = [
    'a[href]',
    'area[href]',
    'button:not([disabled])',
    'input:not([disabled]):not([type="hidden"])',
    'select:not([disabled])',
    'textarea:not([disabled])',
    'iframe',
    'summary',
    '[tabindex]:not([tabindex="-1"])',
    '[contenteditable="true"]',
  ].join(',');
  const out: Focusable[] = [];
  document.querySelectorAll<HTMLElement>(selector).forEach((el) => {
    if (!el.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions) && !el.matches('.ww-skiplink')) return;
    if (el.closest('[inert]')) return;
    const index = out.length;
    el.dataset.wwFocus = String(index);
    const style = getComputedStyle(el);
    const label = `<${el.tagName.toLowerCase()}${el.getAttribute('href') ? ` href="${el.getAttribute('href')}"` : ''}> ${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}`;
    const group = el instanceof HTMLInputElement && el.type === 'radio' ? el.name : undefined;
    out.push({ index, label, group, unfocused: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor} | ${style.boxShadow}` });
  });
  return out;
}

/** Which listed element has focus now, and how its focus looks. */
export function focusState(): { index: number | undefined; tag: string; focused: string; indicator: boolean } {
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body) return { index: undefined, tag: 'body', focused: '', indicator: false };
  const style = getComputedStyle(el);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  const shadow = style.boxShadow !== 'none';
  return {
    index: el.dataset.wwFocus === undefined ? undefined : Number(el.dataset.wwFocus),
    tag: el.tagName.toLowerCase(),
    focused: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor} | ${style.boxShadow}`,
    indicator: outline || shadow,
  };
}

/** Where the skip link is drawn, and whether it is inside the window. */
export function skipLinkState(): { focused: boolean; inView: boolean } {
  const el = document.activeElement;
  if (!el || !el.matches('a.ww-skiplink')) return { focused: false, inView: false };
  const box = el.getBoundingClientRect();
  return { focused: true, inView: box.width > 1 && box.height > 1 && box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight };
}
