/**
 * `npm run corpus` as a user meets it: it writes a complete folder, the same bytes for the same
 * seed, refuses a folder that is not empty (unless --overschrijf) and never touches the demo content.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const temp = mkdtempSync(join(tmpdir(), 'ww-corpus-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

// Without TODAY the generator uses its own default day, 2026-11-25.
const { TODAY: _today, ...env } = process.env;

function corpus(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/corpus.ts', ...args], { encoding: 'utf8', env });
}

function tree(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else files.set(relative(root, full), readFileSync(full, 'utf8'));
    }
  };
  walk(root);
  return files;
}

describe('npm run corpus', () => {
  test('writes the same bytes twice for the same seed, and prints a Dutch summary', () => {
    const a = join(temp, 'a');
    const b = join(temp, 'b');
    const first = corpus('--size', 'XS', '--seed', '3', '--uit', a);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/Klaar: 143 bestanden/);
    expect(first.stdout).toMatch(/50 activiteiten/);
    expect(corpus('--size', 'XS', '--seed', '3', '--uit', b).status).toBe(0);
    const ta = tree(a);
    const tb = tree(b);
    expect([...tb.keys()]).toEqual([...ta.keys()]);
    for (const [path, text] of ta) expect(tb.get(path), path).toBe(text);
    expect(JSON.parse(ta.get('.corpus.json')!)).toMatchObject({ size: 'XS', seed: 3, vandaag: '2026-11-25' });
  });

  test('refuses a folder that is not empty, and --overschrijf replaces the old corpus completely', () => {
    const dir = join(temp, 'vol');
    mkdirSync(join(dir, 'activiteiten'), { recursive: true });
    writeFileSync(join(dir, 'activiteiten', 'oud-bestand.md'), 'oud');
    const refused = corpus('--size', 'XS', '--uit', dir);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/is niet leeg.*--overschrijf/);
    const replaced = corpus('--size', 'XS', '--uit', dir, '--overschrijf');
    expect(replaced.status).toBe(0);
    expect(existsSync(join(dir, 'activiteiten', 'oud-bestand.md'))).toBe(false);
    expect(readdirSync(join(dir, 'activiteiten'))).toHaveLength(50);
  });

  test('never writes into the project’s own content folder', () => {
    const result = corpus('--size', 'XS', '--uit', 'content', '--overschrijf');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/echte inhoud van het project/);
  });

  test('explains wrong options in Dutch', () => {
    const size = corpus('--size', 'XL', '--uit', join(temp, 'x'));
    expect(size.status).toBe(1);
    expect(size.stderr).toMatch(/--size "XL" bestaat niet/);
    const seed = corpus('--seed', 'abc', '--uit', join(temp, 'x'));
    expect(seed.stderr).toMatch(/geen heel getal/);
    const date = corpus('--vandaag', '2026-13-01', '--uit', join(temp, 'x'));
    expect(date.stderr).toMatch(/geen datum/);
    expect(corpus('--size', 'XS').stderr).toMatch(/--uit/);
  });
});
