/** The decision guide: the real one is sound and reaches every listed code; each kind of break is caught, naming the step. */
import { describe, expect, it } from 'vitest';
import { CHOOSE_GUIDE } from '../../src/data/choose-guide';
import { assertSoundGuide, guideCodes, guideLeaves, guideProblems, trailTo, type Guide } from '../../src/lib/choose';
import { ENTRIES_BY_CODE } from './entries';

const KNOWN = new Set(ENTRIES_BY_CODE.keys());

/** The codes issue 12 asks the guide to reach. */
const REQUIRED = [
  [200, 201, 202, 204, 206],
  [301, 302, 303, 307, 308, 304],
  [400, 401, 403, 404, 405, 406, 409, 410, 412, 413, 415, 422, 428, 429, 431, 451],
  [500, 501, 502, 503, 504],
].flat();

const spec = { title: 'RFC 9110, section 15.5.1 (400 Bad Request)', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1' };
const leaf = (code: number) => ({ label: `ends at ${code}`, code, reason: 'A reason.', spec });

/** A small sound guide: start → a → (400 | b → (404 | 410)). Each bad fixture breaks one thing. */
function fixture(): Guide {
  return {
    root: 'start',
    steps: [
      { id: 'start', question: 'First?', answers: [{ label: 'to a', next: 'a' }, leaf(500)] },
      { id: 'a', question: 'Second?', answers: [leaf(400), { label: 'to b', next: 'b' }] },
      { id: 'b', question: 'Third?', answers: [leaf(404), leaf(410)] },
    ],
  };
}

function withStep(guide: Guide, id: string, change: (step: Guide['steps'][number]) => Guide['steps'][number]): Guide {
  return { ...guide, steps: guide.steps.map((step) => (step.id === id ? change(step) : step)) };
}

describe('the decision guide in src/data/choose-guide.ts', () => {
  it('passes every check', () => {
    expect(guideProblems(CHOOSE_GUIDE, KNOWN)).toEqual([]);
  });

  it('reaches every code the issue lists', () => {
    const reached = new Set(guideCodes(CHOOSE_GUIDE));
    expect(REQUIRED.filter((code) => !reached.has(code))).toEqual([]);
  });

  it('ends only at codes that have an entry', () => {
    for (const code of guideCodes(CHOOSE_GUIDE)) expect(ENTRIES_BY_CODE.has(code), `code ${code}`).toBe(true);
  });

  it('links every reason to an RFC section on rfc-editor.org', () => {
    for (const { answer } of guideLeaves(CHOOSE_GUIDE)) {
      expect(answer.spec.url).toMatch(/^https:\/\/www\.rfc-editor\.org\/rfc\/rfc\d+#section-[\d.]+$/);
    }
  });

  it('says both sides where practice and spec differ: 400 and 422 for validation errors', () => {
    const validation = CHOOSE_GUIDE.steps.find((s) => s.id === 'validation')!;
    const codes = validation.answers.map((a) => ('code' in a ? a.code : undefined));
    expect(codes).toEqual(expect.arrayContaining([400, 422]));
    expect(validation.help).toMatch(/400/);
    expect(validation.help).toMatch(/422/);
  });

  it('gives the root a one-step trail and a deep step its whole path', () => {
    expect(trailTo(CHOOSE_GUIDE, 'start').map((s) => s.id)).toEqual(['start']);
    expect(trailTo(CHOOSE_GUIDE, 'gateway').map((s) => s.id)).toEqual(['start', 'server-error', 'gateway']);
  });
});

describe('guide checks', () => {
  it('accept the sound fixture', () => {
    expect(guideProblems(fixture(), new Set([400, 404, 410, 500]))).toEqual([]);
  });

  it('reject a code without an entry, naming the step and the code', () => {
    const problems = guideProblems(fixture(), new Set([400, 404, 500]));
    expect(problems).toEqual(['step "b", answer "ends at 410": code 410 has no entry in content/codes']);
  });

  it('reject an answer that leads to a missing step, naming the step', () => {
    const guide = withStep(fixture(), 'a', (s) => ({ ...s, answers: [leaf(400), { label: 'to nowhere', next: 'nowhere' }] }));
    const problems = guideProblems(guide, new Set([400, 404, 410, 500]));
    expect(problems).toContain('step "a", answer "to nowhere": leads to step "nowhere", which does not exist');
  });

  it('reject a step no path reaches, naming it', () => {
    const guide = withStep(fixture(), 'a', (s) => ({ ...s, answers: [leaf(400), leaf(404)] }));
    expect(guideProblems(guide, new Set([400, 404, 410, 500]))).toEqual(['step "b": no path from the root "start" reaches it']);
  });

  it('reject a cycle, naming the step that closes it and the loop', () => {
    const guide = withStep(fixture(), 'b', (s) => ({ ...s, answers: [leaf(404), { label: 'back to a', next: 'a' }] }));
    expect(guideProblems(guide, new Set([400, 404, 410, 500]))).toEqual(['step "b": leads back to step "a", a cycle (a → b → a)']);
  });

  it('reject a step that leads to itself', () => {
    const guide = withStep(fixture(), 'b', (s) => ({ ...s, answers: [leaf(404), { label: 'again', next: 'b' }] }));
    expect(guideProblems(guide, new Set([400, 404, 410, 500]))).toEqual(['step "b": leads back to step "b", a cycle (b → b)']);
  });

  it('reject a duplicate or non-slug id and a missing root', () => {
    const guide: Guide = { ...fixture(), root: 'begin' };
    expect(guideProblems(guide, new Set([400, 404, 410, 500]))).toContain('root: the root step "begin" does not exist');
    const bad = withStep(fixture(), 'b', (s) => ({ ...s, id: 'Step B' }));
    const problems = guideProblems(bad, new Set([400, 404, 410, 500]));
    expect(problems).toContain('step "Step B": the id must be lower-case words joined by hyphens (it is the URL)');
    const twice: Guide = { ...fixture(), steps: [...fixture().steps, fixture().steps[2]!] };
    expect(guideProblems(twice, new Set([400, 404, 410, 500]))).toContain('step "b": the id is used twice');
  });

  it('reject a code twice in one step, and a spec title that names another section than its link', () => {
    const twice = withStep(fixture(), 'b', (s) => ({ ...s, answers: [leaf(404), leaf(404)] }));
    expect(guideProblems(twice, new Set([400, 404, 410, 500]))).toContain(
      'step "b", answer "ends at 404": code 404 appears twice in this step',
    );
    const wrong = withStep(fixture(), 'b', (s) => ({
      ...s,
      answers: [leaf(404), { ...leaf(410), spec: { title: 'RFC 9110, section 15.5.11 (410 Gone)', url: spec.url } }],
    }));
    expect(guideProblems(wrong, new Set([400, 404, 410, 500]))).toEqual([
      `step "b", answer "ends at 410": the spec title names RFC 9110 section 15.5.11, but the url is ${spec.url}`,
    ]);
  });

  it('throw one error naming the file and every problem', () => {
    expect(() => assertSoundGuide(fixture(), new Set([400, 404]))).toThrow(
      /src\/data\/choose-guide\.ts: the decision guide is broken:\n- step "start", answer "ends at 500": code 500 has no entry[\s\S]*\n- step "b", answer "ends at 410": code 410 has no entry/,
    );
  });
});
