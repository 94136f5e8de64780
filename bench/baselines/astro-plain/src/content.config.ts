// One glob-loaded Markdown collection per section of the export (EXPORT_DIR, written by `npm run bench`).
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const root = process.env.EXPORT_DIR ?? './export';

const schema = z.object({
  title: z.string(),
  samenvatting: z.string(),
  velden: z.array(z.object({ label: z.string(), waarde: z.string() })),
  data: z.array(z.string()),
});

const section = (name: string) => defineCollection({ loader: glob({ base: `${root}/${name}`, pattern: '*.md' }), schema });

export const collections = {
  agenda: section('agenda'),
  initiatieven: section('initiatieven'),
  projecten: section('projecten'),
  nieuws: section('nieuws'),
};
