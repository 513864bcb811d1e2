import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from '@jest/globals';

/**
 * Every command a person runs answers `--help` with its usage (exit 0) and an
 * unknown option with one line and the usage (exit 2): never a stack trace,
 * and nothing done (no key written, no database touched, no file composed).
 */
const root = fileURLToPath(new URL('../../../', import.meta.url));
const tsx = `${root}node_modules/.bin/tsx`;

const COMMANDS: { script: string; usage: RegExp }[] = [
  { script: 'scripts/token.ts', usage: /^Usage: npm run -s token -- --role <role> --org/ },
  { script: 'scripts/keys.ts', usage: /^Usage: npm run keys/ },
  { script: 'scripts/generate.ts', usage: /^Usage: npm run generate -- \[--members/ },
  { script: 'scripts/bench/index.ts', usage: /^Usage: npm run bench -- \[options\]/ },
  { script: 'scripts/profile-summary.ts', usage: /^Usage: npm run -s profile:summary --/ },
  { script: 'scripts/query-plan.ts', usage: /^Usage: npm run -s query-plan --/ },
  { script: 'scripts/start.ts', usage: /^Usage: npm start/ },
  { script: 'scripts/faults/index.ts', usage: /^Usage: npm run faults -- \[options\]/ },
  { script: 'gateway/src/compose-cli.ts', usage: /^Usage: npm run compose/ },
  { script: 'gateway/src/schema-cli.ts', usage: /^Usage: npm run schema:check/ },
];

const STACK_TRACE = /^\s+at .+[:(]|Error: |node:internal|\.ts:\d+/m;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(script: string, args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(tsx, [script, ...args], { cwd: root, timeout: 120_000, env: { ...process.env, NODE_OPTIONS: '' } }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

describe('command-line scripts', () => {
  // Each run starts a TypeScript process: all of them up front, three at a time, then the checks.
  const runs = new Map<string, Run>();
  const key = (script: string, args: string[]) => `${script} ${args.join(' ')}`;
  beforeAll(async () => {
    const queue = [...COMMANDS.flatMap(({ script }) => [[script, '--help'], [script, '--no-such-option']]), [COMMANDS[0]!.script, '-h']];
    const worker = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const [script, ...args] = next;
        runs.set(key(script!, args), await run(script!, args));
      }
    };
    await Promise.all([worker(), worker(), worker()]);
  }, 600_000);

  for (const { script, usage } of COMMANDS) {
    describe(script, () => {
      it('prints its usage on --help, exit 0', () => {
        const result = runs.get(key(script, ['--help']))!;
        expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
        expect(result.stdout).toMatch(usage);
        expect(result.stdout).toMatch(/-h, --help/);
      });

      it('refuses an unknown option with one line and the usage, exit 2, no stack trace', () => {
        const result = runs.get(key(script, ['--no-such-option']))!;
        expect({ code: result.code, stdout: result.stdout }).toEqual({ code: 2, stdout: '' });
        const [first, blank, ...rest] = result.stderr.split('\n');
        expect(first).toBe("Unknown option '--no-such-option'");
        expect(blank).toBe('');
        expect(rest.join('\n')).toMatch(usage);
        expect(result.stderr).not.toMatch(STACK_TRACE);
      });
    });
  }

  it('takes -h for --help', () => {
    const { script, usage } = COMMANDS[0]!;
    const result = runs.get(key(script, ['-h']))!;
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(usage);
  });
});
