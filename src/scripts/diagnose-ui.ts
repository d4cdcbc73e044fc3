/**
 * Runs a diagnosis in the browser and writes it into `<output id="diagnosis">`. Nothing is sent
 * anywhere: the only request is for the code facts (/diagnose-facts.json), once, with no query.
 * Everything pasted is rendered as text, never as HTML.
 */
import { formatCode } from '../lib/classes';
import { diagnose, type Diagnosis } from '../lib/diagnose/diagnose';
import type { DiagnoseFacts } from '../lib/diagnose/facts';
import { MAX_INPUT, SHARE_PREFIX } from '../lib/diagnose/limits';
import { diagnoseFactsPath, diagnosePath } from '../lib/urls';

let facts: Promise<DiagnoseFacts> | undefined;

function loadFacts(): Promise<DiagnoseFacts> {
  facts ??= fetch(diagnoseFactsPath()).then((response) => {
    if (!response.ok) throw new Error(`Could not load the code data (${response.status})`);
    return response.json() as Promise<DiagnoseFacts>;
  });
  facts.catch(() => (facts = undefined));
  return facts;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function link(label: string, href: string): HTMLAnchorElement {
  const a = el('a', label);
  a.href = href;
  return a;
}

function heading(text: string): HTMLHeadingElement {
  return el('h3', text, 'mt-6 text-lg font-bold');
}

function render(output: HTMLOutputElement, result: Diagnosis): void {
  output.replaceChildren();
  if (!result.ok) {
    output.dataset.code = '';
    output.dataset.sender = '';
    output.dataset.problem = result.problem;
    output.append(el('p', result.message, 'rounded-lg border border-warn bg-warn-surface p-3'));
    return;
  }
  output.dataset.code = formatCode(result.code);
  output.dataset.sender = result.sender ?? '';
  delete output.dataset.problem;

  const box = el('div', undefined, 'rounded-lg border border-line p-4 [overflow-wrap:anywhere]');
  const title = el('h2', undefined, 'text-2xl font-bold');
  title.append(link(`${formatCode(result.code)} ${result.title}`, result.codeUrl));
  if (!result.known) title.append(el('span', ' (not an assigned status code)', 'font-normal text-muted'));
  box.append(title, el('p', result.understood, 'mt-1 text-sm text-muted'));

  box.append(heading('Who sent it'));
  box.append(el('p', result.sender ? `Most likely: ${result.sender}.` : 'The headers do not name the sender.', 'font-semibold'));
  box.append(el('p', result.senderReason));
  if (result.layers.length > 0) box.append(el('p', `Layers seen, outermost first: ${result.layers.join(', ')}.`, 'text-sm text-muted'));

  if (result.evidence.length > 0) {
    box.append(heading('Evidence'));
    const list = el('ul', undefined, 'list-disc space-y-1 pl-5');
    for (const e of result.evidence) {
      const item = el('li');
      item.append(el('code', `${e.header}: ${e.value}`), ` ${e.proves} `, link(`Source (${e.sender})`, e.source));
      list.append(item);
    }
    box.append(list);
  }

  if (result.meaning) box.append(heading('What it means'), el('p', result.meaning));

  box.append(heading('Rules'));
  if (result.violations.length === 0) box.append(el('p', 'This response breaks none of the rules we check for this code.'));
  else {
    const list = el('ul', undefined, 'list-disc space-y-1 pl-5');
    for (const v of result.violations) {
      const item = el('li');
      item.dataset.rule = v.rule;
      item.append(
        el('strong', v.level === 'must' ? 'Breaks a requirement: ' : 'Falls short of what the spec expects: '),
        `${v.message} `,
        link('The rule', v.spec),
      );
      list.append(item);
    }
    box.append(list);
  }
  for (const n of result.notes) {
    const note = el('p', `${n.message} `, 'mt-2 text-sm text-muted');
    note.append(link('The rule', n.spec));
    box.append(note);
  }

  box.append(heading('Read next'));
  const reading = el('ul', undefined, 'list-disc space-y-1 pl-5');
  for (const r of result.reading) {
    const item = el('li');
    item.append(link(r.label, r.url));
    reading.append(item);
  }
  box.append(reading);

  if (result.headers.length > 0) {
    const details = el('details', undefined, 'mt-6');
    details.append(el('summary', 'Headers as read (credentials and cookies hidden)'));
    details.append(
      el('pre', result.headers.map((h) => `${h.name}: ${h.value}`).join('\n'), 'mt-2 overflow-x-auto rounded-md bg-surface p-3 text-sm'),
    );
    box.append(details);
  }

  if (result.share) {
    box.append(heading('Share'));
    const share = el('p');
    share.append(
      link('Link to this diagnosis', `${diagnosePath()}${SHARE_PREFIX}${encodeURIComponent(result.share)}`),
      ' carries only these lines, never cookies, credentials or URLs:',
    );
    box.append(share, el('pre', result.share, 'mt-2 overflow-x-auto rounded-md bg-surface p-3 text-sm'));
  }
  output.append(box);
}

export async function runDiagnosis(text: string, output: HTMLOutputElement): Promise<void> {
  // Oversized input is refused before the facts load or any parsing starts.
  if (text.length > MAX_INPUT) return render(output, diagnose(text, {}));
  try {
    render(output, diagnose(text, await loadFacts()));
  } catch (error) {
    output.dataset.code = '';
    output.dataset.sender = '';
    output.replaceChildren(el('p', `The diagnosis could not start: ${(error as Error).message}. Reload the page and try again.`));
  }
}

/** A share link (#r=…) fills the field with the shared lines and diagnoses them. */
export async function openShared(hash: string, field: HTMLTextAreaElement, output: HTMLOutputElement): Promise<void> {
  let text: string;
  try {
    text = decodeURIComponent(hash.slice(SHARE_PREFIX.length)).slice(0, MAX_INPUT);
  } catch {
    // A mangled link: start with an empty field rather than guessing.
    text = '';
  }
  field.value = text;
  await runDiagnosis(text, output);
}
