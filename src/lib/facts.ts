/** Plain-language labels for the facts panel, kept beside the enums they describe. */
import type { CodeData } from './code-schema';
import { HOP_LABELS } from './request-path';

export const RETRY_LABELS: Record<CodeData['retry'], string> = {
  'not-needed': 'No need: the request succeeded or is still going',
  never: 'Not as-is: the same request will fail again',
  'after-fix': 'After fixing the request',
  'after-delay': 'After a delay (honour Retry-After if sent)',
  'follow-redirect': 'Follow the redirect',
};

export const REGISTRY_LABELS: Record<CodeData['registry'], string> = {
  assigned: 'Assigned (IANA)',
  temporary: 'Temporary registration (IANA)',
  unused: 'Reserved, unused (IANA)',
  obsoleted: 'Obsoleted (IANA)',
  unofficial: 'Not registered: vendor-specific',
};

export function senderLabel(origin: CodeData['origin']): string {
  return HOP_LABELS[origin];
}
