import { ContentProblemsError, formatProblem, type Problem } from '@kap/content-compiler';

/** Prints warnings; returns true after printing a content error, false for any other error. */
export function reportProblems(error: unknown, warnings: readonly Problem[] = []): boolean {
  for (const warning of warnings) console.error(`warning: ${formatProblem(warning)}`);
  if (!(error instanceof ContentProblemsError)) return false;
  console.error(error.message);
  return true;
}
