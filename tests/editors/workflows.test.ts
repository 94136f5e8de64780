/**
 * The example workflows in docs/ci/ for wijk repositories: every YAML file parses, GitHub and GitLab
 * files have the shape their platform needs, every `npm run <x>` they call exists in package.json,
 * the issue form and the workflow that reads it agree on the questions, and the workflow's
 * `npm run nieuw` step turns a filled-in form into a file that passes the check.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, test } from 'vitest';
import { copyContent, runScript } from './helpers.ts';

const ROOT = 'docs/ci';
const scripts = Object.keys((JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

const files = filesUnder(ROOT);
const yamlFiles = files.filter((f) => /\.ya?ml$/.test(f));
const load = (file: string) => parse(readFileSync(file, 'utf8'), { uniqueKeys: true }) as Record<string, unknown>;

type Step = { run?: string; uses?: string; name?: string; with?: Record<string, string> };
type Job = { steps?: Step[]; script?: string[]; 'runs-on'?: string };

/** Every `npm run <name>` in a text (also `npm run --silent <name>` and `npm run -s <name>`). */
function npmRuns(text: string): string[] {
  return [...text.matchAll(/npm run(?:\s+(?:--silent|-s))?\s+([a-z][\w:-]*)/g)].map((m) => m[1]!);
}

describe('docs/ci examples', () => {
  test('there are GitHub workflows, an issue form, a GitLab pipeline and a deploy script', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'docs/ci/github/workflows/controle.yml',
        'docs/ci/github/workflows/publiceren.yml',
        'docs/ci/github/workflows/activiteit-aanmelden.yml',
        'docs/ci/github/ISSUE_TEMPLATE/nieuwe-activiteit.yml',
        'docs/ci/gitlab/.gitlab-ci.yml',
        'docs/ci/publiceer.sh',
      ]),
    );
  });

  test.each(yamlFiles)('%s parses as YAML', (file) => {
    expect(() => load(file)).not.toThrow();
  });

  test.each(files.filter((f) => /\.(ya?ml|sh)$/.test(f)))('%s only calls npm scripts that exist', (file) => {
    const used = npmRuns(readFileSync(file, 'utf8'));
    for (const name of used) expect(scripts, `${file} calls npm run ${name}`).toContain(name);
  });

  test('the workflows together use check, build and nieuw', () => {
    const used = new Set(files.flatMap((f) => npmRuns(readFileSync(f, 'utf8'))));
    expect([...used].sort()).toEqual(expect.arrayContaining(['build', 'check', 'nieuw']));
  });

  test.each(yamlFiles.filter((f) => f.includes('/workflows/')))('%s is a GitHub workflow: on, jobs, steps', (file) => {
    const workflow = load(file);
    expect(workflow.name).toEqual(expect.any(String));
    expect(workflow.on).toBeTruthy();
    const jobs = workflow.jobs as Record<string, Job>;
    expect(Object.keys(jobs).length).toBeGreaterThan(0);
    for (const job of Object.values(jobs)) {
      expect(job['runs-on']).toBe('ubuntu-latest');
      expect(job.steps!.every((s) => typeof s.run === 'string' || typeof s.uses === 'string')).toBe(true);
    }
  });

  test('no workflow puts text from an issue or pull request straight into a script', () => {
    for (const file of yamlFiles.filter((f) => f.includes('/workflows/'))) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/\$\{\{\s*github\.event\.(issue|pull_request|comment)\.(body|title)/);
    }
  });

  test('the deploy script is valid bash', () => {
    expect(spawnSync('bash', ['-n', 'docs/ci/publiceer.sh']).status).toBe(0);
  });

  test('the GitLab pipeline has a check on merge requests and a scheduled pages job', () => {
    const ci = load('docs/ci/gitlab/.gitlab-ci.yml') as Record<string, { stage?: string; rules?: { if: string }[]; script?: string[]; artifacts?: { paths: string[] } }>;
    expect(ci.controle!.rules!.map((r) => r.if)).toContain('$CI_PIPELINE_SOURCE == "merge_request_event"');
    expect(ci.pages!.rules!.map((r) => r.if)).toContain('$CI_PIPELINE_SOURCE == "schedule"');
    expect(ci.pages!.artifacts!.paths).toEqual(['public']);
  });
});

describe('the issue form and the workflow that reads it', () => {
  const form = load('docs/ci/github/ISSUE_TEMPLATE/nieuwe-activiteit.yml') as { name: string; body: { type: string; id?: string; attributes: { label?: string; options?: (string | { label: string })[] } }[] };
  const workflow = load('docs/ci/github/workflows/activiteit-aanmelden.yml') as { jobs: { omzetten: { steps: Step[] } } };
  const steps = workflow.jobs.omzetten.steps;
  const reader = steps.find((s) => s.uses?.startsWith('actions/github-script'))!.with!.script!;

  test('the form is called "Nieuwe activiteit aanmelden" and its ids are unique', () => {
    expect(form.name).toBe('Nieuwe activiteit aanmelden');
    const ids = form.body.flatMap((f) => (f.id ? [f.id] : []));
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('every question of the form is read by the workflow', () => {
    const questions = form.body.filter((f) => f.type !== 'markdown' && f.type !== 'checkboxes').map((f) => f.attributes.label!);
    for (const label of questions) expect(reader, label).toContain(`'${label}'`);
  });

  test('the "Hoe vaak?" choices are the ones the workflow turns into options', () => {
    const wanneer = form.body.find((f) => f.id === 'wanneer')!.attributes.options as string[];
    const run = steps.find((s) => s.name === 'Bestand maken met npm run nieuw')!.run!;
    for (const option of wanneer) expect(run).toContain(`"${option}")`);
  });

  let dir: string | undefined;
  // The step writes nieuw.txt in the working folder (the runner's checkout); here that is the project.
  const leftover = !existsSync('nieuw.txt');
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    if (leftover) rmSync('nieuw.txt', { force: true });
  });

  test('its npm run nieuw step makes a file from a filled-in form that passes the check', () => {
    dir = copyContent();
    const run = steps.find((s) => s.name === 'Bestand maken met npm run nieuw')!.run!;
    const output = join(dir, 'github-output.txt');
    writeFileSync(output, '');
    const result = spawnSync('bash', ['-c', run], {
      encoding: 'utf8',
      env: {
        ...process.env,
        CONTENT_DIR: dir,
        TODAY: '2026-11-25',
        GITHUB_OUTPUT: output,
        FORM_TITEL: 'Breiclub "De Steek"',
        FORM_SAMENVATTING: 'Elke tweede en vierde woensdag samen breien en haken. Wol is er genoeg.',
        FORM_WANNEER: 'Elke maand',
        FORM_DATUM: '9-12-2026',
        FORM_DAGEN: 'woensdag',
        FORM_WEEK: 'tweede, vierde',
        FORM_TIJD: '14:00-16:00',
        FORM_TOT_EN_MET: '',
        FORM_LOCATIE: 'De Oude Bieb',
        FORM_ORGANISATOR: 'Bewonersorganisatie Beijum',
        FORM_KOSTEN: 'gratis',
        FORM_AANMELDEN: '',
        FORM_CONTACT_EMAIL: 'info@bo-beijum.nl',
        FORM_TEKST: 'Je hoeft het niet te kunnen.\nWe leren het je graag; $(echo dit is geen opdracht).',
      },
    });
    expect(result.status, result.stdout + result.stderr).toBe(0);
    const outputs = readFileSync(output, 'utf8');
    expect(outputs).toMatch(/^status=0$/m);
    const file = /^bestand=(.+)$/m.exec(outputs)![1]!;
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^titel: Breiclub "De Steek"$/m);
    expect(text).toMatch(/week_van_de_maand: \[tweede, vierde\]/);
    expect(text).toContain('$(echo dit is geen opdracht)');
    const check = runScript('check', [], { CONTENT_DIR: dir });
    expect(check.status, check.output).toBe(0);
  });
});
