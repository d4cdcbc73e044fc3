/**
 * Page data for the decision guide (/choose/ and /choose/<step>/) and for the "which question
 * leads here" links on code pages. The guide is checked against the entries before any page uses
 * it, so a broken guide fails the build with a message naming the step.
 */
import { CHOOSE_GUIDE } from './choose-guide';
import { getAllCodes } from './codes';
import { assertSoundGuide, guideLeaves, isCodeAnswer, trailTo, answerAnchor, type Guide, type SpecSection } from '../lib/choose';
import { formatCode } from '../lib/classes';
import { choosePath, codePath } from '../lib/urls';

let checked: Guide | undefined;

async function getGuide(): Promise<Guide> {
  if (checked) return checked;
  const known = new Set((await getAllCodes()).map((entry) => entry.data.code));
  assertSoundGuide(CHOOSE_GUIDE, known);
  checked = CHOOSE_GUIDE;
  return checked;
}

const stepUrl = (guide: Guide, id: string) => choosePath(id === guide.root ? undefined : id);

export interface ChooseAnswerView {
  label: string;
  /** Where the answer leads: another step, or (for a code) the code page. */
  url: string;
  code?: { number: string; title: string; reason: string; practice?: string; spec: SpecSection; anchor: string };
}

export interface ChooseStepView {
  id: string;
  url: string;
  question: string;
  help?: string;
  isRoot: boolean;
  /** Steps from the root to this one, this one last: the breadcrumb trail. */
  trail: { question: string; url: string }[];
  answers: ChooseAnswerView[];
}

/** Every step of the guide, ready to render, root first. */
export async function getChooseSteps(): Promise<ChooseStepView[]> {
  const guide = await getGuide();
  const titles = new Map((await getAllCodes()).map((entry) => [entry.data.code, entry.data.title]));
  return guide.steps.map((step) => ({
    id: step.id,
    url: stepUrl(guide, step.id),
    question: step.question,
    ...(step.help === undefined ? {} : { help: step.help }),
    isRoot: step.id === guide.root,
    trail: trailTo(guide, step.id).map((s) => ({ question: s.question, url: stepUrl(guide, s.id) })),
    answers: step.answers.map((answer) =>
      isCodeAnswer(answer)
        ? {
            label: answer.label,
            url: codePath(answer.code),
            code: {
              number: formatCode(answer.code),
              title: titles.get(answer.code)!,
              reason: answer.reason,
              ...(answer.practice === undefined ? {} : { practice: answer.practice }),
              spec: answer.spec,
              anchor: answerAnchor(answer.code),
            },
          }
        : { label: answer.label, url: stepUrl(guide, answer.next) },
    ),
  }));
}

export interface ChooseLink {
  /** The step's question. */
  question: string;
  /** The answer that picks this code. */
  answer: string;
  /** The step page, at the answer's anchor. */
  url: string;
}

/** The questions of the guide that end at this code; empty for codes the guide never reaches. */
export async function getChooseLinks(code: number): Promise<ChooseLink[]> {
  const guide = await getGuide();
  return guideLeaves(guide)
    .filter((leaf) => leaf.answer.code === code)
    .map((leaf) => ({
      question: leaf.step.question,
      answer: leaf.answer.label,
      url: `${stepUrl(guide, leaf.step.id)}#${answerAnchor(code)}`,
    }));
}
