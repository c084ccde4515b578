/** A configuration problem: the file, the field and what is wrong. The CLI exits with code 2 on it. */
export class ConfigError extends Error {
  readonly file: string;
  readonly problems: readonly { readonly path: string; readonly message: string }[];

  constructor(file: string, problems: readonly { path: string; message: string }[]) {
    const lines = problems.map((problem) => `  ${problem.path || '(top level)'}: ${problem.message}`);
    super(`${file} is not valid:\n${lines.join('\n')}`);
    this.name = 'ConfigError';
    this.file = file;
    this.problems = problems;
  }
}

/** Renders a zod issue path as the dotted field name a user sees in the file (`sources.betterplace.schedule`). */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((part) => (typeof part === 'number' ? `[${part}]` : String(part)))
    .join('.')
    .replace(/\.\[/g, '[');
}
