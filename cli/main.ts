import { UserError } from '../shared/user-error';
import { EXIT } from './errors';
import type { Io } from './output';
import cliPackage from './package.json' with { type: 'json' };
import { closestName } from './suggest';
import { terminalLine, terminalText } from './terminal';

/** A command as its module exports it: what it runs, and its --help text (printed here, so a command only does its job). */
interface Command {
  run: (argv: string[], io: Io) => Promise<number>;
  help: string;
}

/**
 * Each command: its arguments and one line for `trellis --help`, and its module, loaded only when it runs, so that
 * `trellis --help`, `--version` and a mistyped command start as fast as Node itself (the built command is split in
 * chunks, scripts/build-cli.ts).
 */
const COMMANDS: Record<string, { args: string; summary: string; load: () => Promise<Command> }> = {
  plan: {
    args: 'ROSTER',
    summary: 'a written plan per person from a roster (.csv or .xlsx)',
    load: async () => import('./commands/plan').then((m) => ({ run: m.planCommand, help: m.PLAN_HELP })),
  },
  status: {
    args: 'PLANS',
    summary: 'plan status per person, for HR: a table in a terminal, CSV or JSON in a file',
    load: async () => import('./commands/status').then((m) => ({ run: m.statusCommand, help: m.STATUS_HELP })),
  },
  report: {
    args: 'PLANS',
    summary: 'one HTML page for HR: totals, managers, path mix and overdue steps, with charts; prints on A4',
    load: async () => import('./commands/report').then((m) => ({ run: m.reportCommand, help: m.REPORT_HELP })),
  },
  prompts: {
    args: '',
    summary: "career-conversation prompts for a person's next 1:1",
    load: async () => import('./commands/prompts').then((m) => ({ run: m.promptsCommand, help: m.PROMPTS_HELP })),
  },
  goals: {
    args: 'ROSTER',
    summary: 'the career goals template: one row per person for the career-goals conversation',
    load: async () => import('./commands/goals').then((m) => ({ run: m.goalsCommand, help: m.GOALS_HELP })),
  },
  framework: {
    args: '',
    summary: "the built-in career framework (ladder and steps) as tables to edit into your company's own (--out)",
    load: async () => import('./commands/framework').then((m) => ({ run: m.frameworkCommand, help: m.FRAMEWORK_HELP })),
  },
};
const NAMES = Object.keys(COMMANDS);

const HELP = `Usage: trellis <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${`${name} ${c.args}`.padEnd(15)}  ${c.summary}`)
  .join('\n')}

  trellis <command> --help   that command's options
  trellis --version          which version of Trellis this is`;

const processIo: Io = {
  // A table piped to a file keeps every character; one shown on a terminal cannot drive it.
  stdout: (text) => process.stdout.write(process.stdout.isTTY ? terminalText(text) : text),
  stderr: (line) => process.stderr.write(`${terminalLine(line)}\n`),
  // A terminal that does not say its width (a pseudo-terminal of size 0) is taken as 100 columns.
  terminalColumns: process.stdout.isTTY ? process.stdout.columns || 100 : undefined,
};

/** Runs one trellis command and returns its exit status; problems become one-line messages, never stack traces. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name) {
    io.stderr(`trellis: give a command: ${NAMES.slice(0, -1).join(', ')} or ${NAMES.at(-1)} (trellis --help shows how)`);
    return EXIT.fatal;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout(`${HELP}\n`);
    return EXIT.clean;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${cliPackage.version}\n`);
    return EXIT.clean;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    io.stderr(unknownCommand(name));
    return EXIT.fatal;
  }
  try {
    const command = await entry.load();
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout(`${command.help}\n`);
      return EXIT.clean;
    }
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UserError) {
      io.stderr(`trellis ${name}: ${error.message}`);
    } else {
      io.stderr(
        `trellis ${name}: unexpected error: ${(error as Error)?.message ?? String(error)}. Please report it with the command you ran.`,
      );
    }
    return EXIT.fatal;
  }
}

/** The message for a command (or a first option) Trellis does not have, with the one most likely meant. */
function unknownCommand(name: string): string {
  if (name.startsWith('-')) {
    const meant = closestName(name, ['--help', '--version']);
    return `trellis: unknown option ${name}${meant ? `. Did you mean ${meant}?` : ''} (trellis --help lists the commands)`;
  }
  const meant = closestName(name, NAMES);
  if (meant) return `trellis: unknown command "${name}". Did you mean "${meant}"? (trellis --help lists the commands)`;
  return `trellis: unknown command "${name}"; the commands are ${NAMES.slice(0, -1).join(', ')} and ${NAMES.at(-1)} (trellis --help)`;
}
