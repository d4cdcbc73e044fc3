/**
 * The words on an error-page kit page, and where they come from. The English text of a code's page
 * is picked out of its entry (the visitor's causes and fixes) by a small typed selection; each
 * other language is data that records a short hash of the English it translates. Everything here
 * is pure: the data modules pass the entries in, and tests pass the raw frontmatter.
 */
import { createHash } from 'node:crypto';

/** The languages every kit ships, English first (it sits at the kit's root; the others in subfolders). */
export const KIT_LANGUAGES = ['en', 'de', 'fr', 'es', 'pt', 'ja'] as const;
export type KitLanguage = (typeof KIT_LANGUAGES)[number];
export type TranslatedLanguage = Exclude<KitLanguage, 'en'>;

/** The two generic pages, for the codes of a class that have no page of their own. */
export type KitClass = '4xx' | '5xx';

/** A page's key and file name stem: "404" for 404.html and 404.json, "4xx" for the generic client-error page. */
export type KitPageKey = `${number}` | KitClass;

/** One item of an entry's visitor list, whole or some of its sentences. */
export interface TextPick {
  list: 'causes' | 'fixes';
  /** Index into `causes.visitor` or `fixes.visitor`. */
  item: number;
  /** Which sentences of the item, by index; all of them when left out. */
  sentences?: readonly number[];
}

/** What a code's page says, by reference into its entry; only the heading is written here. */
export interface CodePageSelection {
  code: number;
  /** The heading in plain words ("Page not found"), not the reason phrase. */
  heading: string;
  /** One sentence on what happened. */
  happened: TextPick;
  /** One or two things the visitor can do. */
  todo: readonly [TextPick] | readonly [TextPick, TextPick];
}

/**
 * The generic page of a class. No entry speaks for a whole class, so its words are written here,
 * once; the JSON detail is the class summary (src/lib/classes.ts).
 */
export interface ClassPageSelection {
  statusClass: KitClass;
  heading: string;
  happened: string;
  todo: readonly [string] | readonly [string, string];
}

/** The fields of an entry a kit page reads. */
export interface KitEntryData {
  code: number;
  title: string;
  summary: string;
  causes: { visitor: readonly string[] };
  fixes: { visitor: readonly string[] };
}

/** The words of one page in one language. Inline Markdown (`code`) is allowed in every field but `detail`. */
export interface KitPageText {
  key: KitPageKey;
  /** The status the page stands for; absent on the generic class pages, which serve many. */
  status?: number;
  /** The problem type's title: the reason phrase, or the class name. Never translated (RFC 9457 section 3.1.3 allows it; we keep one). */
  title: string;
  heading: string;
  happened: string;
  todo: string[];
  /** Plain text: the `detail` of the problem+json body. */
  detail: string;
}

/** The translatable fields of a page, as named in errors and in the translation files. */
export type KitField = 'heading' | 'happened' | 'todo.0' | 'todo.1' | 'detail';

/** The words around the page text, in every language. `{code}` and `{class}` are filled in. */
export interface KitUiText {
  /** "Error {code}", the line above the heading. */
  errorLabel: string;
  /** The same line on a generic page, where the code is not known: "Error". */
  genericLabel: string;
  todoHeading: string;
  homeLink: string;
  statusLink: string;
  /** "What does {code} mean?" */
  meaningLink: string;
  /** "What do {class} errors mean?" on the generic pages. */
  classMeaningLink: string;
  /** Said after a link to an English page on a page in another language; empty in English. */
  inEnglish: string;
  /** Before a platform's request reference (Cloudflare's Ray ID, Vercel's request ID) on the pages that show one. */
  referenceLabel: string;
}

export type KitUiField = keyof KitUiText;

/** One translated string and the hash of the English it was translated from. */
export interface Translated {
  /** shortHash() of the English source at the time of translation. */
  en: string;
  text: string;
}

export interface PageTranslation {
  heading: Translated;
  happened: Translated;
  todo: Translated[];
  detail: Translated;
}

/** One language's translation of every kit page and of the words around them. */
export interface KitTranslation {
  language: TranslatedLanguage;
  /** The language's own name, as a reader of it would write it: "Deutsch". */
  name: string;
  /** The page's `lang` attribute when it says more than the folder name: "pt-BR" in the folder pt/. */
  htmlLang: string;
  ui: Record<KitUiField, Translated>;
  pages: Record<string, PageTranslation>;
}

/** Eight hex digits of the SHA-256 of a text: enough to notice that the English changed. */
export function shortHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 8);
}

/** A text's sentences: split after a full stop, question or exclamation mark followed by a space. */
export function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=\S)/u);
}

/** Thrown when an entry lacks what a kit page needs; the message names the code and the field. */
export class KitTextError extends Error {}

function pick(entry: KitEntryData, choice: TextPick, role: string): string {
  const field = `${choice.list}.visitor[${choice.item}]`;
  const item = entry[choice.list].visitor[choice.item];
  if (item === undefined) {
    throw new KitTextError(`error-page kit, code ${entry.code}: ${field} is missing (the ${role} of the kit page reads it)`);
  }
  if (choice.sentences === undefined) return item;
  const parts = sentences(item);
  const chosen = choice.sentences.map((index) => {
    const sentence = parts[index];
    if (sentence === undefined) {
      throw new KitTextError(
        `error-page kit, code ${entry.code}: ${field} has no sentence ${index} (the ${role} of the kit page reads it)`,
      );
    }
    return sentence;
  });
  return chosen.join(' ');
}

/** A code page's English text from its entry; a missing entry or item fails naming the code and the field. */
export function codePageText(selection: CodePageSelection, entry: KitEntryData | undefined): KitPageText {
  if (entry === undefined)
    throw new KitTextError(`error-page kit, code ${selection.code}: there is no entry content/codes/${selection.code}.mdx`);
  if (entry.code !== selection.code)
    throw new KitTextError(`error-page kit, code ${selection.code}: was given the entry for ${entry.code}`);
  return {
    key: `${selection.code}`,
    status: selection.code,
    title: entry.title,
    heading: selection.heading,
    happened: pick(entry, selection.happened, 'what-happened sentence'),
    todo: selection.todo.map((choice, i) => pick(entry, choice, `what-you-can-do item ${i}`)),
    detail: plainText(entry.summary),
  };
}

/** A generic page's English text; the title and detail come from the class (src/lib/classes.ts). */
export function classPageText(selection: ClassPageSelection, statusClass: { name: string; summary: string }): KitPageText {
  return {
    key: selection.statusClass,
    title: statusClass.name,
    heading: selection.heading,
    happened: selection.happened,
    todo: [...selection.todo],
    detail: plainText(statusClass.summary),
  };
}

/** Inline Markdown reduced to the words: for the JSON detail, which is plain text. */
export function plainText(markdown: string): string {
  return markdown.replace(/`([^`]*)`/g, '$1').replace(/\*\*?([^*]+)\*\*?/g, '$1');
}

/** The English text of every translatable field of a page, by field name. */
export function translatableFields(page: KitPageText): [KitField, string][] {
  return [
    ['heading', page.heading],
    ['happened', page.happened],
    ...page.todo.map((text, i) => [`todo.${i}` as KitField, text] as [KitField, string]),
    ['detail', page.detail],
  ];
}

function translatedField(translation: PageTranslation, field: KitField): Translated | undefined {
  if (field === 'heading' || field === 'happened' || field === 'detail') return translation[field];
  return translation.todo[Number(field.slice('todo.'.length))];
}

/** A problem with a translation: missing, or made from English that has since changed. */
export interface TranslationProblem {
  language: TranslatedLanguage;
  page: KitPageKey | 'ui';
  field: KitField | KitUiField;
  problem: 'missing' | 'stale' | 'placeholder' | 'extra';
  message: string;
}

const PLACEHOLDERS = /\{(code|class)\}/g;

/** Every way a translation falls short of the English it should say; empty when it is complete and current. */
export function translationProblems(translation: KitTranslation, english: readonly KitPageText[], ui: KitUiText): TranslationProblem[] {
  const problems: TranslationProblem[] = [];
  const { language } = translation;
  const report = (page: KitPageKey | 'ui', field: KitField | KitUiField, problem: TranslationProblem['problem'], detail: string) =>
    problems.push({
      language,
      page,
      field,
      problem,
      message: `${language}, ${page === 'ui' ? 'page frame' : `page ${page}`}, ${field}: ${detail}`,
    });
  const check = (page: KitPageKey | 'ui', field: KitField | KitUiField, source: string, target: Translated | undefined): void => {
    if (target === undefined || target.text.trim() === '') {
      report(page, field, 'missing', 'no translation');
      return;
    }
    if (target.en !== shortHash(source)) {
      report(
        page,
        field,
        'stale',
        `the English changed since it was translated (hash ${target.en}, now ${shortHash(source)}): translate it again`,
      );
      return;
    }
    const wanted = [...source.matchAll(PLACEHOLDERS)].map((m) => m[0]).sort();
    const found = [...target.text.matchAll(PLACEHOLDERS)].map((m) => m[0]).sort();
    if (wanted.join() !== found.join())
      report(page, field, 'placeholder', `placeholders ${found.join(', ') || 'none'}, but the English has ${wanted.join(', ') || 'none'}`);
  };
  for (const field of Object.keys(ui) as KitUiField[]) check('ui', field, ui[field], translation.ui[field]);
  for (const page of english) {
    const target = translation.pages[page.key];
    for (const [field, source] of translatableFields(page)) check(page.key, field, source, target && translatedField(target, field));
    if (target && target.todo.length > page.todo.length)
      report(page.key, `todo.${page.todo.length}` as KitField, 'extra', 'the English has no such item');
  }
  for (const key of Object.keys(translation.pages)) {
    if (!english.some((page) => page.key === key)) report(key as KitPageKey, 'heading', 'extra', 'there is no such kit page');
  }
  return problems;
}

/** A page in a translated language; fails naming language, page and field when a translation is missing. */
export function translatePage(page: KitPageText, translation: KitTranslation): KitPageText {
  const target = translation.pages[page.key];
  const text = (field: KitField) => {
    const found = target && translatedField(target, field);
    if (!found || found.text.trim() === '') {
      throw new KitTextError(`error-page kit, ${translation.language}, page ${page.key}, ${field}: no translation`);
    }
    return found.text;
  };
  return {
    ...page,
    heading: text('heading'),
    happened: text('happened'),
    todo: page.todo.map((_, i) => text(`todo.${i}` as KitField)),
    detail: text('detail'),
  };
}

/** The words around the page in a translated language. */
export function translateUi(ui: KitUiText, translation: KitTranslation): KitUiText {
  const out = { ...ui };
  for (const field of Object.keys(ui) as KitUiField[]) {
    const found = translation.ui[field];
    if (!found) throw new KitTextError(`error-page kit, ${translation.language}, page frame, ${field}: no translation`);
    out[field] = found.text;
  }
  return out;
}

/** Words before the links, counted as CONTENT.md counts them: about 60 at most in English. */
export function wordsBeforeLinks(page: KitPageText): number {
  return [page.heading, page.happened, ...page.todo]
    .join(' ')
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** One language of a kit: its pages and the words around them, and the folder it sits in ("" for English). */
export interface KitLanguageSet {
  language: KitLanguage;
  /** The `lang` attribute of its pages. */
  htmlLang: string;
  /** The language's own name: "English", "Deutsch". */
  name: string;
  /** The folder inside the kit: "" for English at the root, "de/" for German. */
  folder: string;
  ui: KitUiText;
  pages: KitPageText[];
}

export interface KitSources {
  codePages: readonly CodePageSelection[];
  classPages: readonly ClassPageSelection[];
  classes: readonly { slug: string; name: string; summary: string }[];
  ui: KitUiText;
  translations: readonly KitTranslation[];
}

/**
 * Every language's pages, English first. The English comes from the entries through the
 * selections; a code without an entry, an entry without the picked item, or a missing translation
 * fails here, naming the code (or language, page) and the field.
 */
export function kitLanguageSets(entries: readonly KitEntryData[], sources: KitSources): KitLanguageSet[] {
  const byCode = new Map(entries.map((entry) => [entry.code, entry]));
  const english = [
    ...sources.codePages.map((selection) => codePageText(selection, byCode.get(selection.code))),
    ...sources.classPages.map((selection) => {
      const statusClass = sources.classes.find((c) => c.slug === selection.statusClass);
      if (!statusClass) throw new KitTextError(`error-page kit, class ${selection.statusClass}: no such status class`);
      return classPageText(selection, statusClass);
    }),
  ];
  return [
    { language: 'en', htmlLang: 'en', name: 'English', folder: '', ui: sources.ui, pages: english },
    ...sources.translations.map((translation) => ({
      language: translation.language,
      htmlLang: translation.htmlLang,
      name: translation.name,
      folder: `${translation.language}/`,
      ui: translateUi(sources.ui, translation),
      pages: english.map((page) => translatePage(page, translation)),
    })),
  ];
}

/** Table cell text: pipes escaped, code spans kept. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\u00a0/g, '&nbsp;');
}

/**
 * Every translated string beside the English it says, one table per language, for the second
 * reader who checks the meaning. tests/unit/error-pages.test.ts keeps the committed copy current.
 */
export function translationReviewSheet(sources: KitSources, english: readonly KitPageText[]): string {
  const sections = sources.translations.map((translation) => {
    const rows: string[] = [];
    for (const field of Object.keys(sources.ui) as KitUiField[]) {
      rows.push(`| frame | ${field} | ${cell(sources.ui[field])} | ${cell(translation.ui[field]?.text ?? '')} |`);
    }
    for (const page of english) {
      const target = translation.pages[page.key];
      for (const [field, source] of translatableFields(page)) {
        rows.push(`| ${page.key} | ${field} | ${cell(source)} | ${cell((target && translatedField(target, field)?.text) ?? '')} |`);
      }
    }
    return `## ${translation.name} (${translation.htmlLang})\n\n| page | field | English | ${translation.name} |\n| --- | --- | --- | --- |\n${rows.join('\n')}\n`;
  });
  return `# Error-page kit translations, for review

Generated from the entries and src/data/error-pages/ by tests/unit/error-pages.test.ts; do not edit
by hand (run \`npx vitest run tests/unit/error-pages.test.ts -u\` after changing a translation).
Each row is one string of a kit page: the English the page is built from, and the translation.
A second reader checks that each says the same thing in natural words.

${sections.join('\n')}`;
}
