/**
 * Runs a diagnosis in the browser and writes it into `<output id="diagnosis">` with its contract
 * attributes: `data-code` (three digits, 000 when no response arrived, empty when no status can be
 * named), `data-sender` (the sender that generated the status, or empty) and `data-page` (the path
 * of the page to read first, or empty). Screen readers hear only a one-sentence summary, through
 * the separate status line; the result itself is not a live region. Nothing is sent anywhere: the
 * only request is for the facts (/diagnose-facts.json), once, with no query. Everything pasted is
 * rendered as text, never as HTML.
 */
import { SENDERS } from '../data/sender-registry';
import { diagnose, inputLength, type Diagnosis } from '../lib/diagnose/diagnose';
import type { DiagnoseFacts } from '../lib/diagnose/facts';
import { MAX_INPUT, SHARE_PREFIX } from '../lib/diagnose/limits';
import { EMPTY_PAGE_INDEX } from '../lib/diagnose/page-index';
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

function bullets(items: readonly HTMLElement[]): HTMLUListElement {
  const list = el('ul', undefined, 'list-disc space-y-1 pl-5');
  list.append(...items);
  return list;
}

const PROVES = {
  generated: 'made the response itself',
  passed: 'passed on another’s response',
  present: 'was on the path',
} as const;

function announce(text: string): void {
  const status = document.querySelector<HTMLElement>('#diagnosis-status');
  if (status) status.textContent = text;
}

function setContract(output: HTMLOutputElement, code: string, sender: string, page: string): void {
  output.dataset.code = code;
  output.dataset.sender = sender;
  output.dataset.page = page;
}

function render(output: HTMLOutputElement, result: Diagnosis): void {
  output.replaceChildren();
  if (!result.ok) {
    setContract(output, '', '', '');
    output.dataset.problem = result.problem;
    output.append(el('p', result.message, 'rounded-lg border border-warn bg-warn-surface p-3'));
    announce(result.message);
    return;
  }
  setContract(output, result.codeText, result.sender ?? '', result.page ?? '');
  delete output.dataset.problem;

  const box = el('div', undefined, 'rounded-lg border border-line p-4 [overflow-wrap:anywhere]');
  const title = el('h2', undefined, 'text-2xl font-bold');
  title.append(result.titleUrl ? link(result.title, result.titleUrl) : result.title);
  if (!result.known) title.append(el('span', ' (not an assigned status code)', 'font-normal text-muted'));
  box.append(title, el('p', result.understood, 'mt-1 text-sm text-muted'));
  if (result.page) {
    const first = el('p', 'Read first: ', 'mt-2 font-semibold');
    first.append(link(result.firstLabel ?? result.page, result.page));
    box.append(first);
  }

  box.append(heading('Who sent it'));
  box.append(el('p', result.sender ? `Most likely: ${result.sender}.` : 'The paste does not show who made this status.', 'font-semibold'));
  box.append(el('p', result.senderReason));
  // The layers line says something only when it names more than the sender itself.
  if (result.layers.some((name) => name !== result.sender)) {
    box.append(el('p', `Seen on the way, outermost first: ${result.layers.join(', ')}.`, 'text-sm text-muted'));
  }

  if (result.evidence.length > 0) {
    box.append(heading('Evidence'));
    box.append(
      bullets(
        result.evidence.map((e) => {
          const item = el('li');
          item.append(el('code', e.seen), ` ${e.means} Shows that ${e.sender} ${PROVES[e.proves]}. `);
          e.sources.forEach((source, i) => item.append(i > 0 ? ', ' : 'Source: ', link(source.label, source.url)));
          return item;
        }),
      ),
    );
  }

  if (result.meaning) box.append(heading('What it means'), el('p', result.meaning));
  if (result.logs) box.append(el('p', result.logs, 'mt-2'));

  if (result.rulesChecked) {
    box.append(heading('Rules'));
    if (result.violations.length === 0) box.append(el('p', 'This response breaks none of the rules we check for this code.'));
    else {
      box.append(
        bullets(
          result.violations.map((v) => {
            const item = el('li');
            item.dataset.rule = v.rule;
            item.append(
              el('strong', v.level === 'must' ? 'Breaks a requirement: ' : 'Falls short of what the spec expects: '),
              `${v.message} `,
              link('The rule', v.spec),
            );
            return item;
          }),
        ),
      );
    }
    for (const n of result.notes) {
      const note = el('p', `${n.message} `, 'mt-2 text-sm text-muted');
      note.dataset.rule = n.rule;
      note.append(link('The rule', n.spec));
      box.append(note);
    }
  }

  if (result.reading.length > 0) {
    box.append(heading('Read next'));
    box.append(
      bullets(
        result.reading.map((r) => {
          const item = el('li');
          item.append(link(r.label, r.url));
          return item;
        }),
      ),
    );
  }

  if (result.headers.length > 0) {
    const details = el('details', undefined, 'mt-6');
    details.append(el('summary', 'Headers as read (credentials, cookies and addresses hidden)'));
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
      ' carries only these lines, never cookies, credentials, addresses or query strings:',
    );
    box.append(share, el('pre', result.share, 'mt-2 overflow-x-auto rounded-md bg-surface p-3 text-sm'));
  }
  output.append(box);
  announce(result.summary);
}

export async function runDiagnosis(text: string, output: HTMLOutputElement): Promise<void> {
  // Oversized input is refused before the facts load or any parsing starts.
  if (inputLength(text) > MAX_INPUT) return render(output, diagnose(text, { codes: {}, pages: EMPTY_PAGE_INDEX }, SENDERS));
  try {
    render(output, diagnose(text, await loadFacts(), SENDERS));
  } catch (error) {
    setContract(output, '', '', '');
    const message = `The diagnosis could not start: ${(error as Error).message}. Reload the page and try again.`;
    output.replaceChildren(el('p', message));
    announce(message);
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
