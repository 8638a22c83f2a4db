import { GOALS_HELP, goalsCommand } from './commands/goals';
import { planCommand, PLAN_HELP } from './commands/plan';
import { promptsCommand, PROMPTS_HELP } from './commands/prompts';
import { statusCommand, STATUS_HELP } from './commands/status';
import { UserError } from '../shared/user-error';
import { EXIT } from './errors';
import type { Io } from './output';
import { terminalLine, terminalText } from './terminal';

const HELP = `Usage: trellis <command> [options]

Commands:
  plan ROSTER      a written plan per person from a roster (.csv or .xlsx)
  status PLANS     plan status per person, for HR
  prompts          career-conversation prompts for a person's next 1:1
  goals ROSTER     the career goals template: one row per person for the career-goals conversation

Run trellis <command> --help for a command's options.

${[PLAN_HELP, STATUS_HELP, PROMPTS_HELP, GOALS_HELP].map((h) => h.split('\n')[0]).join('\n')}`;

/** Each command: what it runs, and its --help text (printed here, so a command only does its job). */
const COMMANDS: Record<string, { run: (argv: string[], io: Io) => Promise<number>; help: string }> = {
  plan: { run: planCommand, help: PLAN_HELP },
  status: { run: statusCommand, help: STATUS_HELP },
  prompts: { run: promptsCommand, help: PROMPTS_HELP },
  goals: { run: goalsCommand, help: GOALS_HELP },
};

const processIo: Io = {
  // A table piped to a file keeps every character; one shown on a terminal cannot drive it.
  stdout: (text) => process.stdout.write(process.stdout.isTTY ? terminalText(text) : text),
  stderr: (line) => process.stderr.write(`${terminalLine(line)}\n`),
};

/** Runs one trellis command and returns its exit status; problems become one-line messages, never stack traces. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name) {
    io.stderr('trellis: give a command: plan, status, prompts or goals (trellis --help shows how)');
    return EXIT.fatal;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout(`${HELP}\n`);
    return EXIT.clean;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`trellis: unknown command "${name}"; the commands are plan, status, prompts and goals (trellis --help)`);
    return EXIT.fatal;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`${command.help}\n`);
    return EXIT.clean;
  }
  try {
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
