/**
 * The decision guide at /choose/: its schema and the checks that keep it sound.
 *
 * The guide is a graph of steps. Each step asks one question; each answer either leads to another
 * step or ends at a status code with a one-line reason and the spec section behind it. The data
 * lives in `src/data/choose-guide.ts`; this module is pure, so the build and unit tests run the
 * same checks.
 *
 * Fields of a step:
 * - `id`: the URL slug, lower case words joined by hyphens; the step lives at /choose/<id>/. The
 *   root step is served at /choose/ itself.
 * - `question`: the question, as a short sentence ending in a question mark.
 * - `help` (optional): one or two sentences that help the reader pick an answer.
 * - `answers`: two or more, each one of:
 *   - `{ label, next }`: the answer's words and the id of the step it leads to;
 *   - `{ label, code, reason, spec }`: the answer's words, the status code it ends at (it must
 *     have an entry in content/codes), one sentence saying why, grounded in the spec, and the
 *     exact section as `{ title, url }`. `practice` (optional) says where common practice differs
 *     from the spec, such as 400 or 422 for validation errors.
 *
 * Rules, each failing the build with a message naming the step: ids are unique slugs; every
 * `next` names a step; every code has an entry; a code appears at most once per step (its answer
 * is the anchor code pages link back to); every step is reachable from the root; no path loops.
 */

export interface SpecSection {
  /** Document and section, such as "RFC 9110, section 15.5.2 (401 Unauthorized)". */
  title: string;
  /** The exact section link, such as https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2. */
  url: string;
}

export interface NextAnswer {
  label: string;
  next: string;
}

export interface CodeAnswer {
  label: string;
  code: number;
  reason: string;
  spec: SpecSection;
  practice?: string;
}

export type Answer = NextAnswer | CodeAnswer;

export interface Step {
  id: string;
  question: string;
  help?: string;
  answers: readonly Answer[];
}

export interface Guide {
  /** The id of the first step, served at /choose/. */
  root: string;
  steps: readonly Step[];
}

export const isCodeAnswer = (answer: Answer): answer is CodeAnswer => 'code' in answer;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** "RFC 9110, section 15.5.2" in a title must link rfc9110#section-15.5.2, nothing else. */
const RFC_TITLE = /^RFC (\d+), section ([\d.]+)/;

/**
 * Every problem with the guide, one message per problem, each naming the step. Empty when sound.
 * `knownCodes` are the numbers that have an entry in content/codes.
 */
export function guideProblems(guide: Guide, knownCodes: ReadonlySet<number>): string[] {
  const problems: string[] = [];
  const byId = new Map<string, Step>();
  for (const step of guide.steps) {
    if (!SLUG.test(step.id)) problems.push(`step "${step.id}": the id must be lower-case words joined by hyphens (it is the URL)`);
    if (byId.has(step.id)) problems.push(`step "${step.id}": the id is used twice`);
    byId.set(step.id, step);
  }
  if (!byId.has(guide.root)) problems.push(`root: the root step "${guide.root}" does not exist`);

  for (const step of guide.steps) {
    const where = `step "${step.id}"`;
    if (!step.question.trim().endsWith('?')) problems.push(`${where}: the question must end with a question mark`);
    if (step.answers.length < 2) problems.push(`${where}: give at least 2 answers`);
    const codesHere = new Set<number>();
    for (const answer of step.answers) {
      const which = `${where}, answer "${answer.label}"`;
      if (!isCodeAnswer(answer)) {
        if (!byId.has(answer.next)) problems.push(`${which}: leads to step "${answer.next}", which does not exist`);
        continue;
      }
      if (!knownCodes.has(answer.code)) problems.push(`${which}: code ${answer.code} has no entry in content/codes`);
      if (codesHere.has(answer.code)) problems.push(`${which}: code ${answer.code} appears twice in this step`);
      codesHere.add(answer.code);
      if (!answer.reason.trim()) problems.push(`${which}: the reason is empty`);
      problems.push(...specProblems(which, answer.spec));
    }
  }

  if (byId.has(guide.root)) {
    const reached = reachableFrom(guide.root, byId);
    for (const step of guide.steps) {
      if (!reached.has(step.id)) problems.push(`step "${step.id}": no path from the root "${guide.root}" reaches it`);
    }
  }
  problems.push(...cycleProblems(guide.steps, byId));
  return problems;
}

/** Throws one error listing every problem; the build calls this before rendering a page. */
export function assertSoundGuide(guide: Guide, knownCodes: ReadonlySet<number>, file = 'src/data/choose-guide.ts'): void {
  const problems = guideProblems(guide, knownCodes);
  if (problems.length > 0) throw new Error(`${file}: the decision guide is broken:\n- ${problems.join('\n- ')}`);
}

function specProblems(which: string, spec: SpecSection): string[] {
  let url: URL;
  try {
    url = new URL(spec.url);
  } catch {
    return [`${which}: the spec url "${spec.url}" is not an absolute URL`];
  }
  if (!url.hash) return [`${which}: the spec url must link the exact section (it has no #fragment)`];
  const rfc = RFC_TITLE.exec(spec.title);
  if (rfc && spec.url !== `https://www.rfc-editor.org/rfc/rfc${rfc[1]}#section-${rfc[2]!.replace(/\.$/, '')}`) {
    return [`${which}: the spec title names RFC ${rfc[1]} section ${rfc[2]}, but the url is ${spec.url}`];
  }
  return [];
}

const nextIds = (step: Step): string[] => step.answers.filter((a) => !isCodeAnswer(a)).map((a) => (a as NextAnswer).next);

function reachableFrom(root: string, byId: ReadonlyMap<string, Step>): Set<string> {
  const reached = new Set([root]);
  const queue = [root];
  while (queue.length > 0) {
    const step = byId.get(queue.shift()!);
    for (const next of step ? nextIds(step) : []) {
      if (byId.has(next) && !reached.has(next)) {
        reached.add(next);
        queue.push(next);
      }
    }
  }
  return reached;
}

/** Depth-first search; an answer that leads back to a step still on the path closes a cycle. */
function cycleProblems(steps: readonly Step[], byId: ReadonlyMap<string, Step>): string[] {
  const problems: string[] = [];
  const done = new Set<string>();
  const onPath: string[] = [];
  const visit = (id: string) => {
    if (done.has(id)) return;
    onPath.push(id);
    for (const next of nextIds(byId.get(id)!)) {
      if (!byId.has(next)) continue;
      const at = onPath.indexOf(next);
      if (at >= 0) problems.push(`step "${id}": leads back to step "${next}", a cycle (${[...onPath.slice(at), next].join(' → ')})`);
      else visit(next);
    }
    onPath.pop();
    done.add(id);
  };
  for (const step of steps) visit(step.id);
  return problems;
}

/** The shortest path of steps from the root to a step, root first: the page's breadcrumb trail. */
export function trailTo(guide: Guide, id: string): Step[] {
  const byId = new Map(guide.steps.map((s) => [s.id, s]));
  const parent = new Map<string, string>();
  const queue = [guide.root];
  const seen = new Set(queue);
  while (queue.length > 0) {
    const current = queue.shift()!;
    if (current === id) break;
    for (const next of nextIds(byId.get(current)!)) {
      if (!seen.has(next)) {
        seen.add(next);
        parent.set(next, current);
        queue.push(next);
      }
    }
  }
  if (!seen.has(id)) return [];
  const trail = [id];
  while (trail[0] !== guide.root) trail.unshift(parent.get(trail[0]!)!);
  return trail.map((stepId) => byId.get(stepId)!);
}

/** One place a code ends the guide: the step that asks, and the answer that picks the code. */
export interface GuideLeaf {
  step: Step;
  answer: CodeAnswer;
}

/** Every code answer, in step order. */
export function guideLeaves(guide: Guide): GuideLeaf[] {
  return guide.steps.flatMap((step) => step.answers.filter(isCodeAnswer).map((answer) => ({ step, answer })));
}

/** The distinct codes the guide can end at, ascending. */
export function guideCodes(guide: Guide): number[] {
  return [...new Set(guideLeaves(guide).map((leaf) => leaf.answer.code))].sort((a, b) => a - b);
}

/** The anchor of a code answer on its step page; code pages link back to it. */
export const answerAnchor = (code: number): string => `answer-${String(code).padStart(3, '0')}`;
