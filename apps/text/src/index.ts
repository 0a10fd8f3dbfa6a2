export { type BuildTextOptions, buildText } from './build-text.js';
export type { SiteFile } from './lib/site-file.js';
export {
  bracketSymbols,
  type LintSpeechOptions,
  lintSpeech,
  type SpeechFinding,
  type SpeechFindingKind,
  type VoicedSymbol,
  voicedSymbols,
} from './lint-speech.js';
