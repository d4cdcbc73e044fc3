/** Plain-language labels for the facts panel's retry advice, one per value of `retry`. */
import type { CodeData } from './code-schema';

export const RETRY_LABELS: Record<CodeData['retry'], string> = {
  'not-needed': 'No need: the request succeeded or is still going',
  never: 'Not as-is: the same request will fail again',
  'after-fix': 'After fixing the request',
  'after-delay': 'After a delay (honour Retry-After if sent)',
  'follow-redirect': 'Follow the redirect',
};
