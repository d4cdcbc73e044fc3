/** The ready-to-paste ways of linking to a code page, offered in its link box. */
import { audiencePath, codePath } from './urls';
import { escapeHtml } from './html';

export interface LinkFormat {
  id: string;
  label: string;
  value: string;
  /** Multi-line values are shown in a text area. */
  multiline?: boolean;
}

export function linkFormats(code: string, title: string, site: URL | string): LinkFormat[] {
  const number = Number(code);
  const url = new URL(codePath(number), site).toString();
  const visitorUrl = new URL(audiencePath(number, 'visitor'), site).toString();
  const name = `${code} ${title}`;
  return [
    { id: 'link-url', label: 'Page URL', value: url },
    { id: 'link-markdown', label: 'Markdown link', value: `[${name}](${url})` },
    { id: 'link-html', label: 'HTML link', value: `<a href="${url}">${escapeHtml(name)}</a>` },
    { id: 'link-visitor', label: 'For your error page (visitor advice first)', value: visitorUrl },
    { id: 'link-problem', label: 'problem+json "type" (RFC 9457)', value: `"type": "${url}"` },
    {
      id: 'link-snippet',
      label: 'Snippet for an error page',
      value: `<p>Error ${code}: ${escapeHtml(title)}. <a href="${visitorUrl}">What this means and what you can do</a>.</p>`,
      multiline: true,
    },
  ];
}
