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
