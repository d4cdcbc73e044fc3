import type { APIRoute } from 'astro';

/** Lets browsers add the site as a search engine: typing a code in the address bar opens /search/?q=. */
export const GET: APIRoute = ({ site }) => {
  const origin = new URL('/', site).toString();
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
  <ShortName>HTTP Status</ShortName>
  <Description>Look up an HTTP status code by number, name or phrase</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Image width="16" height="16" type="image/svg+xml">${origin}favicon.svg</Image>
  <Url type="text/html" method="get" template="${origin}search/?q={searchTerms}"/>
</OpenSearchDescription>
`;
  return new Response(body, { headers: { 'Content-Type': 'application/opensearchdescription+xml' } });
};
