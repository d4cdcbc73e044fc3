/**
 * Loaded by site.ts on /diagnose/ only. It waits for the first focus, paste or submit, then loads
 * the diagnosis code (a separate chunk) and hands over. A paste is measured as the field will hold
 * it, with the clipboard's CRLF line ends counted once: more than 64 KiB is refused before the
 * browser would cut it short at maxlength, so nobody gets a diagnosis of half a paste. A share link
 * (#r=…) is read when the page opens and whenever the fragment changes.
 */
import { MAX_INPUT, SHARE_PREFIX } from '../lib/diagnose/limits';

const form = document.querySelector<HTMLFormElement>('[data-diagnose-form]');
const field = form?.querySelector('textarea');
const output = document.querySelector<HTMLOutputElement>('#diagnosis');

if (form && field && output) {
  const ui = () => import('./diagnose-ui');
  const run = () => void ui().then((m) => m.runDiagnosis(field.value, output));
  const openShared = () => {
    if (window.location.hash.startsWith(SHARE_PREFIX)) void ui().then((m) => m.openShared(window.location.hash, field, output));
  };

  field.addEventListener('focus', () => void ui(), { once: true });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run();
  });
  field.addEventListener('paste', (event) => {
    const pasted = event.clipboardData?.getData('text/plain') ?? '';
    const text = pasted.replace(/\r\n?/g, '\n');
    if (text.length > MAX_INPUT) {
      event.preventDefault();
      void ui().then((m) => m.runDiagnosis(text, output));
      return;
    }
    if (text !== pasted) {
      // Insert the text with its line ends normalised, so the field's maxlength counts what we count.
      event.preventDefault();
      field.setRangeText(text, field.selectionStart, field.selectionEnd, 'end');
      field.dispatchEvent(new Event('input', { bubbles: true }));
    }
    // Diagnose as soon as the pasted text is in the field.
    setTimeout(run, 0);
  });
  window.addEventListener('hashchange', openShared);
  openShared();
}
