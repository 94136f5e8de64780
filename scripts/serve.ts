/** `npm run preview`: serves the built site (OUT_DIR or dist/) on http://127.0.0.1:4321 until you press Ctrl+C. */
import { existsSync } from 'node:fs';
import { serveStatic } from './lib/static-server.ts';

const root = process.env.OUT_DIR ?? 'dist';
if (!existsSync(`${root}/index.html`)) {
  console.error(`Er is nog geen gebouwde site in ${root}/. Voer eerst npm run build uit.`);
  process.exit(1);
}
const { url } = await serveStatic(root, Number(process.env.PORT ?? 4321));
console.log(`De site draait op ${url}/ (stoppen: Ctrl+C).`);
