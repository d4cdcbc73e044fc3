/**
 * The IIS and ASP.NET Core Module sub-status codes that have no page of their own: one hub row each
 * for /iis/. Together with the entries in content/iis/ they cover every sub-status row of
 * Microsoft's "HTTP status codes in IIS" (KB 943891) and every startup error in the ASP.NET Core
 * Module troubleshooting article. A code with an entry is never listed here (one source for each
 * fact); the infrastructure parses these rows with buildHubRowSchema('iis').
 *
 * The three-digit rows of KB 943891 (100, 200, 404 and so on) are plain status codes, covered by
 * content/codes, so they are not rows here. Titles are the docs' own words, without the trailing
 * period of a table cell and without the "(ARR)" suffix, which `product` carries instead.
 *
 * Why the status is `documented` for every KB row: KB 943891 lists each sub-status in the table of
 * its HTTP status ("IIS defines the following HTTP status codes that indicate a more specific cause
 * of an error 404"), so the number before the dot is the status Microsoft documents for it. The
 * source title of each row's status says so.
 */
import type { HubRowInput } from '../lib/vendor-code-schema';
import type { PinnedSource } from '../lib/schema-parts';

type Product = HubRowInput['product'];

/** KB 943891 as read for this list. */
const KB_943891: PinnedSource = {
  title: 'Microsoft Support, "HTTP status codes in IIS" (KB 943891)',
  repo: 'MicrosoftDocs/SupportArticles-docs',
  path: 'support/developer/webapps/iis/health-diagnostic-performance/http-status-code.md',
  ref: '3b17fdb0dc145937df62f9f0b0e6f705e9f69ecc',
};

/** ASP.NET Core docs, "Troubleshoot ASP.NET Core on Azure App Service", app startup errors. */
const ANCM_TROUBLESHOOT: PinnedSource = {
  title: 'ASP.NET Core docs, "Troubleshoot ASP.NET Core on Azure App Service" (App startup errors)',
  repo: 'dotnet/AspNetCore.Docs',
  path: 'aspnetcore/test/troubleshoot-azure-iis.md',
  ref: '012307470c50bdcf1c44ad29183db4959f27f4d2',
};

/**
 * The ASP.NET Core Module source that sets the status and sub-status of most startup errors. Row
 * titles are the docs' names ("ANCM Failed to Load dll"); newer module releases head the same
 * pages with plainer words ("Failed to load .NET Core host"), but the status and sub-status are
 * the same in both versions of this file (048b870e914a919ae56bca044cc09f59dd36f0f0 is the older).
 */
const ANCM_HANDLER_RESOLVER: PinnedSource = {
  title: 'ASP.NET Core Module source, HandlerResolver.cpp (sets statusCode 500 with each subStatusCode)',
  repo: 'dotnet/aspnetcore',
  path: 'src/Servers/IIS/AspNetCoreModuleV2/AspNetCore/HandlerResolver.cpp',
  ref: '52065f423471069f543e978c9bbe1f92aabf1a24',
};

function kbRow(code: string, title: string, product: Product = 'IIS'): HubRowInput {
  const status = Number(code.split('.')[0]);
  return {
    code,
    title,
    product,
    status: {
      status,
      basis: 'documented',
      source: {
        ...KB_943891,
        title: `KB 943891 lists ${code} in its table of ${status} sub-status codes: the number before the dot is the HTTP status`,
      },
    },
    source: KB_943891,
  };
}

/** An ASP.NET Core Module startup error whose status the module's source sets. */
function ancmRow(code: string, title: string): HubRowInput {
  return {
    code,
    title,
    product: 'ASP.NET Core Module',
    status: { status: 500, basis: 'documented', source: ANCM_HANDLER_RESOLVER },
    source: ANCM_TROUBLESHOOT,
  };
}

const ARR: Product = 'IIS Application Request Routing';

export const IIS_CODE_ROWS: HubRowInput[] = [
  // 400: Bad request
  kbRow('400.1', 'Invalid Destination Header'),
  kbRow('400.2', 'Invalid Depth Header'),
  kbRow('400.3', 'Invalid If Header'),
  kbRow('400.4', 'Invalid Overwrite Header'),
  kbRow('400.5', 'Invalid Translate Header'),
  kbRow('400.6', 'Invalid Request Body'),
  kbRow('400.7', 'Invalid Content Length'),
  kbRow('400.8', 'Invalid Timeout'),
  kbRow('400.9', 'Invalid Lock Token'),
  kbRow('400.10', 'Invalid X-Forwarded-For (XFF) header'),
  kbRow('400.11', 'Invalid WebSocket request'),
  kbRow('400.601', 'Bad client request', ARR),
  kbRow('400.602', 'Invalid time format', ARR),
  kbRow('400.603', 'Parse range error', ARR),
  kbRow('400.604', 'Client gone', ARR),
  kbRow('400.605', 'Maximum number of forwards', ARR),
  kbRow('400.606', 'Asynchronous competition error', ARR),
  // 401: Access denied (401.1, 401.2 and 401.3 have pages)
  kbRow('401.4', 'Authorization failed by filter'),
  kbRow('401.5', 'Authorization failed by ISAPI/CGI application'),
  kbRow('401.501', 'Access denied: concurrent request rate limit reached'),
  kbRow('401.502', 'Access denied: maximum request rate limit reached'),
  kbRow('401.503', 'Access denied: IP address denied'),
  kbRow('401.504', 'Access denied: host name denied'),
  // 403: Forbidden (403.14 has a page)
  kbRow('403.1', 'Execute access forbidden'),
  kbRow('403.2', 'Read access forbidden'),
  kbRow('403.3', 'Write access forbidden'),
  kbRow('403.4', 'SSL required'),
  kbRow('403.5', 'SSL 128 required'),
  kbRow('403.6', 'IP address rejected'),
  kbRow('403.7', 'Client certificate required'),
  kbRow('403.8', 'Site access denied'),
  kbRow('403.9', 'Concurrent connections exceeded'),
  kbRow('403.10', 'Forbidden: Execute access denied'),
  kbRow('403.11', 'Forbidden: Password changed'),
  kbRow('403.12', 'Mapper denied access'),
  kbRow('403.13', 'Client certificate revoked'),
  kbRow('403.15', 'Client access licenses exceeded'),
  kbRow('403.16', 'Client certificate is untrusted or invalid'),
  kbRow('403.17', 'Client certificate has expired or is not yet valid'),
  kbRow('403.18', 'Cannot execute requested URL in the current application pool'),
  kbRow('403.19', 'Cannot execute CGI applications for the client browser in this application pool'),
  kbRow('403.20', 'Forbidden: Passport logon failed'),
  kbRow('403.21', 'Forbidden: Source access denied'),
  kbRow('403.22', 'Forbidden: Infinite depth is denied'),
  kbRow('403.501', 'Forbidden: concurrent request rate limit reached'),
  kbRow('403.502', 'Forbidden: maximum request rate limit reached'),
  kbRow('403.503', 'Forbidden: IP address denied'),
  kbRow('403.504', 'Forbidden: host name denied'),
  // 404: Not found (404.0, 404.3, 404.7, 404.11, 404.13, 404.15 and 404.17 have pages)
  kbRow('404.1', 'Site Not Found'),
  kbRow('404.2', 'ISAPI or CGI restriction'),
  kbRow('404.4', 'No handler configured'),
  kbRow('404.5', 'Denied by request filtering configuration'),
  kbRow('404.6', 'Verb denied'),
  kbRow('404.8', 'Hidden namespace'),
  kbRow('404.9', 'Files attribute hidden'),
  kbRow('404.10', 'Request header too long'),
  kbRow('404.12', 'Request contains high-bit characters'),
  kbRow('404.14', 'Request URL too long'),
  kbRow('404.16', 'WebDAV request sent to the static file handler'),
  kbRow('404.18', 'Query string sequence denied'),
  kbRow('404.19', 'Denied by filtering rule'),
  kbRow('404.20', 'Too Many URL Segments'),
  kbRow('404.501', 'Not found: concurrent request rate limit reached'),
  kbRow('404.502', 'Not found: maximum request rate limit reached'),
  kbRow('404.503', 'Not found: IP address denied'),
  kbRow('404.504', 'Not found: host name denied'),
  // 405 to 413 (405.0 has a page)
  kbRow('406.0', 'Not acceptable'),
  kbRow('408.0', 'Request timed out'),
  kbRow('412.0', 'Precondition failed'),
  kbRow('413.0', 'Request entity too large'),
  // 500: Internal server error (500.0, 500.19, 500.21, 500.22 have pages)
  kbRow('500.11', 'Application is shutting down on the web server'),
  kbRow('500.12', 'Application is busy restarting on the web server'),
  kbRow('500.13', 'Web server is too busy'),
  kbRow('500.15', "Direct requests for Global.asax aren't allowed"),
  kbRow('500.23', 'An ASP.NET httpHandlers configuration does not apply in Managed Pipeline mode'),
  kbRow('500.24', 'An ASP.NET impersonation configuration does not apply in Managed Pipeline mode'),
  kbRow('500.50', 'A rewrite error occurred during RQ_BEGIN_REQUEST notification handling'),
  kbRow('500.51', 'A rewrite error occurred during GL_PRE_BEGIN_REQUEST notification handling'),
  kbRow('500.52', 'A rewrite error occurred during RQ_SEND_RESPONSE notification handling'),
  kbRow('500.53', 'A rewrite error occurred during RQ_RELEASE_REQUEST_STATE notification handling'),
  kbRow('500.100', 'Internal ASP error'),
  // ASP.NET Core Module startup errors (500.30, 500.31 and 500.37 have pages; 500.0 has a page)
  ancmRow('500.32', 'ANCM Failed to Load dll'),
  ancmRow('500.33', 'ANCM Request Handler Load Failure'),
  ancmRow('500.34', 'ANCM Mixed Hosting Models Not Supported'),
  ancmRow('500.35', 'ANCM Multiple In-Process Applications in same Process'),
  ancmRow('500.36', 'ANCM Out-Of-Process Handler Load Failure'),
  {
    code: '500.38',
    title: 'ANCM Application DLL Not Found',
    product: 'ASP.NET Core Module',
    status: {
      status: 500,
      basis: 'documented',
      source: {
        ...ANCM_TROUBLESHOOT,
        title:
          'ASP.NET Core docs list "500.38 ANCM Application DLL Not Found" among startup errors: the number before the dot is the HTTP status',
      },
    },
    source: ANCM_TROUBLESHOOT,
  },
  // 502: Bad gateway (502.2, 502.3 and 502.5 have pages; KB 943891 lists 502.4 twice, both for ARR)
  kbRow('502.1', 'CGI application timeout'),
  kbRow('502.4', 'Bad Gateway: No Server', ARR),
  kbRow('502.6', 'Forwarded request failure', ARR),
  kbRow('502.7', 'Execute request failure', ARR),
  // 503: Service unavailable (503.0 and 503.2 have pages)
  kbRow('503.3', 'ASP.NET queue full'),
  kbRow('503.4', 'FastCGI queue full'),
];
