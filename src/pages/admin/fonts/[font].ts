/** /admin/fonts/<naam>.woff2: the editor's fonts, served from the site itself (see _local-assets.ts). */
import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { LOCAL_FONTS } from '../_local-assets.ts';

export const getStaticPaths: GetStaticPaths = () => LOCAL_FONTS.map((font) => ({ params: { font: font.name }, props: { font } }));

export const GET: APIRoute = ({ props }) => {
  const font = (props as { font: (typeof LOCAL_FONTS)[number] }).font;
  return new Response(readFileSync(font.file()), { headers: { 'Content-Type': 'font/woff2' } });
};
