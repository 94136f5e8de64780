/** Command-line arguments of `npm run nieuw` and `npm run importeer`. */

/** The words, `--naam waarde` / `--naam=waarde` options and bare `--switches` of a command line. */
export interface Args {
  words: string[];
  flags: Record<string, string>;
  switches: Set<string>;
}

/**
 * Splits a command line. An option followed by another option (or nothing)
 * is a switch, such as `--droog`; option names are lower-cased.
 *
 * @example parseArgs(['activiteit', 'Koffie', '--locatie', 'komin', '--droog'])
 * // { words: ['activiteit', 'Koffie'], flags: { locatie: 'komin' }, switches: Set { 'droog' } }
 */
export function parseArgs(argv: readonly string[], knownSwitches: ReadonlySet<string> = new Set(['droog', 'help', 'hulp'])): Args {
  const words: string[] = [];
  const flags: Record<string, string> = {};
  const switches = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--') || arg === '--') {
      if (arg !== '--') words.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = (eq === -1 ? arg.slice(2) : arg.slice(2, eq)).toLowerCase();
    if (eq !== -1) flags[name] = arg.slice(eq + 1);
    else if (!knownSwitches.has(name) && i + 1 < argv.length && !argv[i + 1]!.startsWith('--')) flags[name] = argv[++i]!;
    else switches.add(name);
  }
  return { words, flags, switches };
}
