/**
 * The IIS kit: a web.config with an <httpErrors> entry for every code, each a file in the kit's
 * folder served with responseMode="File", the mode IIS Manager describes as inserting the file's
 * content into the error response (MicrosoftDocs/iis-docs at 63b689f, httpErrors/index.md). One
 * web.config per language. Not run on IIS here: tests/dist/error-pages-hosted.test.ts checks its
 * shape and that every path it names is in the kit.
 */
import { allKitCodes, pageFor, type KitCodeMap } from './code-map';

export interface IisContext {
  guideUrl: string;
  map: KitCodeMap;
}

/** The site-relative path of a page, as a delegated web.config must give it. */
function pagePath(code: number, map: KitCodeMap, folder: string): string {
  return `error-pages\\${folder.replaceAll('/', '\\')}${pageFor(code, map)}.html`;
}

/** The web.config for one language's pages; `folder` is "" for English or "de/" for German. */
export function iisWebConfig({ guideUrl, map }: IisContext, folder: string, languageName: string): string {
  const entries = allKitCodes(map).map(
    (code) => `      <error statusCode="${code}" path="${pagePath(code, map, folder)}" responseMode="File" />`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<!-- Error-page kit for IIS, ${languageName} pages. Guide: ${guideUrl}
     Copy the error-pages folder to the site's root, then merge this file into the site's web.config.
     responseMode="File" puts the page into the error response; "Redirect" would send a 302 instead.
     errorMode="Custom" shows the page to requests made on the server itself too, so checks there see it.
     <clear /> drops the entries inherited from the server first: an entry for a code that is already
     set at a higher level is a duplicate, which IIS answers with HTTP 500.19. IIS cannot pick a page
     by the Accept header, so API clients get HTML here; the location block below leaves an API's own
     error bodies alone. -->
<configuration>
  <system.webServer>
    <httpErrors errorMode="Custom" existingResponse="Auto">
      <clear />
${entries.join('\n')}
    </httpErrors>
  </system.webServer>
  <!-- Change "api" to the path of your API, or delete this block if there is none. -->
  <location path="api">
    <system.webServer>
      <httpErrors existingResponse="PassThrough" />
    </system.webServer>
  </location>
</configuration>
`;
}
