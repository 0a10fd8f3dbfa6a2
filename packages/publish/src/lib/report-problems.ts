import { formatProblem, type Problem } from '@kap/content-compiler';

/** Prints what an author should know but need not fix now, such as an overdue review. */
export function reportWarnings(warnings: readonly Problem[]): void {
  for (const warning of warnings) console.error(`warning: ${formatProblem(warning)}`);
}
