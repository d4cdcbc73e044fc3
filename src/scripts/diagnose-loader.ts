/**
 * Loaded by site.ts on /diagnose/ only. It waits for the first focus, paste or submit, then loads
 * the diagnosis code (a separate chunk) and hands over. It also refuses an oversized paste
 * before the browser cuts it short at the maxlength, so nobody gets a diagnosis of half a paste.
 */
import { MAX_INPUT, SHARE_PREFIX } from '../lib/diagnose/limits';

const form = document.querySelector<HTMLFormElement>('[data-diagnose-form]');
const field = form?.querySelector('textarea');
const output = document.querySelector<HTMLOutputElement>('#diagnosis');

if (form && field && output) {
  const ui = () => import('./diagnose-ui');
  const run = () => void ui().then((m) => m.runDiagnosis(field.value, output));

  field.addEventListener('focus', () => void ui(), { once: true });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run();
  });
  field.addEventListener('paste', (event) => {
    const pasted = event.clipboardData?.getData('text/plain') ?? '';
    if (pasted.length > MAX_INPUT) {
      event.preventDefault();
      void ui().then((m) => m.runDiagnosis(pasted, output));
      return;
    }
    // Diagnose as soon as the pasted text is in the field.
    setTimeout(run, 0);
  });
  if (window.location.hash.startsWith(SHARE_PREFIX)) {
    void ui().then((m) => m.openShared(window.location.hash, field, output));
  }
}
