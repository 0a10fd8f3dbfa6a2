export type { SiteFile } from '@kap/site-files';
export { type BuildTextOptions, buildText } from './build-text.js';
export {
  bracketSymbols,
  type LintSpeechOptions,
  lintSpeech,
  type SpeechFinding,
  type SpeechFindingKind,
  type VoicedSymbol,
  voicedSymbols,
} from './lint-speech.js';
