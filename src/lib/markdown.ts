/**
 * Renders the Markdown held in frontmatter fields (causes, fixes, examples, FAQ answers) at build
 * time. Content is ours and trusted; nothing here runs in the browser.
 */
import { Marked } from 'marked';

const marked = new Marked({ gfm: true, async: false });

/** A block of Markdown: paragraphs and lists. */
export function renderMarkdown(source: string): string {
  return marked.parse(source) as string;
}

/** One line of Markdown without the wrapping paragraph: for list items and table cells. */
export function renderInline(source: string): string {
  return marked.parseInline(source) as string;
}

/** Markdown reduced to plain text, for meta tags and structured data: no markup, links keep their text. */
export function markdownToText(source: string): string {
  return source
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*_]/g, '')
    .replace(/^\s*[-*]\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}
