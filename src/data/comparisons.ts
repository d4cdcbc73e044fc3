/**
 * The hand-written part of each comparison page: the question that tells the codes apart, a few
 * more rows, and the verdict. The schema is in src/lib/comparisons.ts; rows the entries can answer
 * (headers, caching, retry, sender, redirect method) are derived there, not written here. Product
 * facts (Cloudflare's timers, nginx's 499, which gateway answers what) match the entries and the
 * vendors' documentation or source; docs/fact-check/issue-20.md lists each with its source.
 */
import type { Comparison } from '../lib/comparisons';

/** A Markdown link to a section of an RFC. */
const rfc = (rfcNumber: number, section: string) =>
  `[RFC ${rfcNumber}, section ${section}](https://www.rfc-editor.org/rfc/rfc${rfcNumber}#section-${section})`;

export const COMPARISONS: readonly Comparison[] = [
  {
    codes: [200, 204],
    summary: 'Both mean success; 204 says there is no body at all, so the client can stay where it is.',
    question: {
      aspect: 'Is there anything to send back?',
      values: ['Yes: the body carries the result or the resource', 'No: a 204 ends with its headers and cannot carry content'],
    },
    rows: [
      {
        aspect: 'After a form submission in a browser',
        values: ['The browser shows the returned document', 'The user agent need not leave the current page'],
      },
      {
        aspect: 'Typical use',
        values: ['A GET, or a POST whose result the client should see', 'A save, a PUT or a DELETE that needs no reply'],
      },
      { aspect: 'Defined in', values: [rfc(9110, '15.3.1'), rfc(9110, '15.3.5')] },
    ],
    verdict: [
      { code: 200, when: 'the response has content worth sending, even a short confirmation' },
      { code: 204, when: 'the action succeeded and there is nothing to say beyond the headers' },
    ],
  },
  {
    codes: [301, 302],
    summary: '301 is a permanent move that clients may remember; 302 is a temporary one, and the old URL stays in use.',
    question: {
      aspect: 'Is the move permanent?',
      values: ['Yes: links and bookmarks should switch to the new URL', 'No: clients keep using the original URL for future requests'],
    },
    rows: [
      {
        aspect: 'Typical use',
        values: ['A renamed page, a new domain, HTTP to HTTPS', 'A login redirect, a short campaign URL, a page away for a while'],
      },
      { aspect: 'Defined in', values: [rfc(9110, '15.4.2'), rfc(9110, '15.4.3')] },
    ],
    verdict: [
      { code: 301, when: 'the resource has a new address for good and only links and GETs hit it' },
      { code: 302, when: 'the resource will come back to this URL, and a POST turning into a GET does no harm' },
    ],
  },
  {
    codes: [301, 308],
    summary: 'Both are permanent; only 308 guarantees that a POST stays a POST, with its body.',
    question: {
      aspect: 'Must the method and body survive the redirect?',
      values: [
        'No: for historical reasons clients may turn a POST into a GET',
        'Yes: the client repeats the same method with the same body',
      ],
    },
    rows: [
      {
        aspect: 'Age and support',
        values: [
          'Defined since HTTP/1.0',
          'Much younger: RFC 9110 dates it to June 2014 and warns that some clients might not recognise it',
        ],
      },
      { aspect: 'Typical use', values: ['Pages and other URLs reached by GET', 'API endpoints that receive POST, PUT or PATCH'] },
      { aspect: 'Defined in', values: [rfc(9110, '15.4.2'), rfc(9110, '15.4.9')] },
    ],
    verdict: [
      { code: 301, when: 'a page or GET-only URL moved for good' },
      { code: 308, when: 'the moved URL receives requests with a body that must arrive intact' },
    ],
  },
  {
    codes: [302, 303, 307],
    summary: 'Three temporary redirects that differ in one thing: what the client does with the method.',
    question: {
      aspect: 'What is the redirect for?',
      values: [
        'The resource sits at another URL for now',
        'Sending the client to a different resource that answers its request, such as a result page after a POST',
        'The resource sits at another URL for now, and the request must arrive there unchanged',
      ],
    },
    rows: [
      {
        aspect: 'Typical use',
        values: [
          'Login redirects and other temporary moves of pages',
          'Post/Redirect/Get: reloading the result page never resubmits the form',
          'Temporarily moving an endpoint that takes POST or PUT',
        ],
      },
      { aspect: 'Defined in', values: [rfc(9110, '15.4.3'), rfc(9110, '15.4.4'), rfc(9110, '15.4.8')] },
    ],
    verdict: [
      { code: 302, when: 'a GET-only URL is elsewhere for a while' },
      { code: 303, when: 'a POST (or any method) is done and the client should fetch a result with GET' },
      { code: 307, when: 'the move is temporary and the method and body must be kept' },
    ],
  },
  {
    codes: [301, 302, 303, 307, 308],
    summary: 'The five redirects side by side: permanent or temporary, and whether the method survives.',
    question: {
      aspect: 'Permanent or temporary?',
      values: ['Permanent', 'Temporary', 'Neither: it points to a different resource', 'Temporary', 'Permanent'],
    },
    rows: [
      {
        aspect: 'Where future requests should go',
        values: [
          'The new URL',
          'The original URL',
          'The original URL; the new one is a separate resource',
          'The original URL',
          'The new URL',
        ],
      },
      {
        aspect: 'Defined in',
        values: [rfc(9110, '15.4.2'), rfc(9110, '15.4.3'), rfc(9110, '15.4.4'), rfc(9110, '15.4.8'), rfc(9110, '15.4.9')],
      },
    ],
    verdict: [
      { code: 301, when: 'a page moved for good' },
      { code: 302, when: 'a page is elsewhere for a while' },
      { code: 303, when: 'the client should GET a result after a POST' },
      { code: 307, when: 'an endpoint is elsewhere for a while and its method must be kept' },
      { code: 308, when: 'an endpoint moved for good and its method must be kept' },
    ],
  },
  {
    codes: [400, 422],
    summary: '400 covers any client error, malformed requests first; 422 is for well-formed content the server cannot act on.',
    question: {
      aspect: 'Could the server parse the request?',
      values: [
        'Not necessarily: the syntax or framing may be broken, or something else is a client error',
        'Yes: it understands the content type and the syntax is correct, but the instructions cannot be processed',
      ],
    },
    rows: [
      {
        aspect: 'Typical example',
        values: ['Malformed JSON, a bad header, a broken request line', 'Valid JSON whose end date comes before its start date'],
      },
      {
        aspect: 'What the spec allows for validation errors',
        values: [
          'Yes: 400 covers any error the server sees as the client’s',
          'Yes: the more precise code for well-formed but wrong content',
        ],
      },
      {
        aspect: 'In practice',
        values: ['Some APIs answer every client mistake with 400', 'Many APIs use 422 for failed validation'],
      },
      { aspect: 'Defined in', values: [rfc(9110, '15.5.1'), rfc(9110, '15.5.21')] },
    ],
    verdict: [
      { code: 400, when: 'the request cannot be parsed, or your API uses one code for every client error' },
      { code: 422, when: 'the request parses but its data breaks your rules; write the split into your API documentation' },
    ],
  },
  {
    codes: [401, 403],
    summary: '401 asks the client to authenticate; 403 refuses a client whose identity is known or does not matter.',
    question: {
      aspect: 'Would logging in, or logging in again, help?',
      values: ['Yes: the request lacks valid credentials', 'No, not with the same credentials: the server refuses anyway'],
    },
    rows: [
      {
        aspect: 'Typical cause',
        values: [
          'No token or cookie, an expired session, a mistyped API key',
          'A missing role or permission, an IP block, a file the server will not serve',
        ],
      },
      {
        aspect: 'What the client should do',
        values: ['Send credentials as the challenge asks, then retry', 'Stop, or try again with different credentials'],
      },
      { aspect: 'Defined in', values: [rfc(9110, '15.5.2'), rfc(9110, '15.5.4')] },
    ],
    verdict: [
      { code: 401, when: 'the client has not proven who it is, or the proof failed' },
      { code: 403, when: 'you know who the client is, or it does not matter, and the answer is no' },
    ],
  },
  {
    codes: [401, 407],
    summary: 'The same challenge from two places: 401 from the server you asked, 407 from a proxy in between.',
    question: {
      aspect: 'Who wants the credentials?',
      values: ['The origin server: the site or API itself', 'A proxy between the client and the server'],
    },
    rows: [
      {
        aspect: 'Challenge and reply headers',
        values: [
          '`WWW-Authenticate` from the server, `Authorization` from the client',
          '`Proxy-Authenticate` from the proxy, `Proxy-Authorization` from the client',
        ],
      },
      {
        aspect: 'Where the fix usually lies',
        values: ['The API key, token or login for the service', 'The proxy settings: a corporate proxy’s user name and password'],
      },
      { aspect: 'Defined in', values: [rfc(9110, '15.5.2'), rfc(9110, '15.5.8')] },
    ],
    verdict: [
      { code: 401, when: 'your server or API needs the client to authenticate' },
      { code: 407, when: 'you run a forward proxy that needs the client to authenticate before it forwards anything' },
    ],
  },
  {
    codes: [403, 404],
    summary: '403 refuses a request the server understood; 404 says nothing is there, or is how a server hides what it refuses.',
    question: {
      aspect: 'What does the server tell the client?',
      values: [
        'That it understood the request and refuses it; that alone does not prove anything exists at the URL',
        'That it has nothing to serve at the URL, or will not say that it has',
      ],
    },
    rows: [
      {
        aspect: 'Hiding a forbidden resource',
        values: [
          'A refusal can hint that something is there, which is why RFC 9110 offers the 404 instead',
          'RFC 9110 lets a server answer 404 instead of 403 to hide it',
        ],
      },
      {
        aspect: 'In practice',
        values: [
          'Amazon S3 answers 403 even for a key that does not exist when the caller lacks `s3:ListBucket`',
          'GitHub answers 404 for a private repository the caller cannot see',
        ],
      },
      {
        aspect: 'Typical cause',
        values: ['Missing permission, an IP block, directory listing turned off', 'A typo, a deleted page, an unknown ID'],
      },
      { aspect: 'Defined in', values: [rfc(9110, '15.5.4'), rfc(9110, '15.5.5')] },
    ],
    verdict: [
      { code: 403, when: 'the client may know the resource exists and should learn it is not allowed' },
      { code: 404, when: 'nothing is there, or revealing that something is there would leak information' },
    ],
  },
  {
    codes: [404, 410],
    summary: 'Both say the resource is not available; 410 adds that it was removed on purpose and is likely to stay gone.',
    question: {
      aspect: 'Does the server know the resource is gone for good?',
      values: ['No, or it will not say: the absence may be temporary', 'Yes: it was removed on purpose and is likely to stay gone'],
    },
    rows: [
      {
        aspect: 'What links to it should do',
        values: ['Nothing is implied; the resource may come back', 'Go: the owner wants remote links to it removed'],
      },
      {
        aspect: 'Effort to send',
        values: ['The default for any URL the server does not know', 'Needs a deliberate list of removed URLs'],
      },
      { aspect: 'Defined in', values: [rfc(9110, '15.5.5'), rfc(9110, '15.5.11')] },
    ],
    verdict: [
      { code: 404, when: 'nothing is at the URL and you do not know, or do not track, whether it ever was' },
      { code: 410, when: 'you removed the resource deliberately and want links to it dropped' },
    ],
  },
  {
    codes: [408, 499, 504],
    summary:
      'Three timeouts seen from three sides: the server waiting for the client, the client leaving nginx, and a gateway waiting upstream.',
    question: {
      aspect: 'Who gave up waiting, and on whom?',
      values: [
        'The server, waiting for the client to finish sending its request',
        'The client, waiting for nginx’s response: nginx logs 499 when the client closes the connection before nginx has sent the response header',
        'The gateway, waiting for the server behind it to answer',
      ],
    },
    rows: [
      {
        aspect: 'Who defines it',
        values: [
          rfc(9110, '15.5.9'),
          'nginx, as `NGX_HTTP_CLIENT_CLOSED_REQUEST`, for its log; not in the IANA registry. Others reuse the number: Google APIs map a cancelled call (`CANCELLED`) to 499, and Esri ArcGIS reports 499 for a missing token',
          rfc(9110, '15.6.5'),
        ],
      },
      {
        aspect: 'Where to look first',
        values: [
          'The client’s upload speed and the server’s read timeouts',
          'Why the response took so long, and the timeout of whatever client or proxy sits in front',
          'The upstream’s response time and the gateway’s timeout',
        ],
      },
    ],
    verdict: [
      { code: 408, when: 'your server stopped waiting for a request that never finished arriving' },
      { code: 499, lead: 'Expect', when: 'the client closes the connection before nginx answers; it appears only in nginx’s access log' },
      { code: 504, when: 'your gateway or proxy gave up on the server behind it' },
    ],
  },
  {
    codes: [409, 412],
    summary: '409 is a clash with the resource’s state found by your logic; 412 is a condition the client set that turned out false.',
    question: {
      aspect: 'What did the request clash with?',
      values: [
        'The current state of the resource, such as an edit made by someone else, or a duplicate (which some APIs answer with 422 instead)',
        'A condition the client put in its headers, such as `If-Match`, which evaluated to false',
      ],
    },
    rows: [
      {
        aspect: 'Who detects it',
        values: ['Your application logic', 'HTTP’s conditional request rules, checked before the method is applied'],
      },
      {
        aspect: 'How the client recovers',
        values: [
          'Read what clashed, resolve it, resubmit',
          'Fetch the current representation and its validator, reapply the change, send again',
        ],
      },
      { aspect: 'Defined in', values: [rfc(9110, '15.5.10'), rfc(9110, '15.5.13')] },
    ],
    verdict: [
      { code: 409, when: 'the request conflicts with the resource’s state and the user can resolve it' },
      { code: 412, when: 'the client sent a precondition and it failed' },
    ],
  },
  {
    codes: [413, 414, 431],
    summary: 'Three ways a request can be too large: its body, its URL or its headers.',
    question: {
      aspect: 'Which part of the request is too large?',
      values: ['The body (the content)', 'The target URI', 'The header fields, one of them or all together'],
    },
    rows: [
      {
        aspect: 'How the client fixes it',
        values: [
          'Send less data, or split the upload',
          'Move long query data into a POST body, and check for redirect loops',
          'Clear oversized cookies or shorten the headers, then retry',
        ],
      },
      { aspect: 'Defined in', values: [rfc(9110, '15.5.14'), rfc(9110, '15.5.15'), rfc(6585, '5')] },
    ],
    verdict: [
      { code: 413, when: 'the request content is over your size limit' },
      { code: 414, when: 'the URL is longer than you are willing to interpret' },
      { code: 431, when: 'the header section, or one header such as Cookie, is too large' },
    ],
  },
  {
    codes: [429, 503],
    summary: '429 says this client went over its allowance; 503 says the server cannot serve anyone right now.',
    question: {
      aspect: 'Whose limit was hit?',
      values: ['The client’s own: it sent too many requests in a given time', 'The server’s: it is overloaded or down for maintenance'],
    },
    rows: [
      {
        aspect: 'Who is affected',
        values: ['The client, or user, over its limit', 'Potentially everyone: the server as a whole is short of capacity'],
      },
      {
        aspect: 'What the client should change',
        values: ['Send fewer requests: back off and honour `Retry-After`', 'Nothing it did caused it; wait and retry later'],
      },
      { aspect: 'Defined in', values: [rfc(6585, '4'), rfc(9110, '15.6.4')] },
    ],
    verdict: [
      { code: 429, when: 'one client, key or user goes over its rate limit' },
      { code: 503, when: 'the service as a whole cannot handle requests for a while' },
    ],
  },
  {
    codes: [500, 503],
    summary: '500 is an unexpected failure; 503 is a known, temporary state the server expects to recover from.',
    question: {
      aspect: 'Is the failure expected to pass on its own?',
      values: [
        'Nothing says so: an unexpected condition, often a bug',
        'Yes: temporary overload or maintenance, likely over after a delay',
      ],
    },
    rows: [
      {
        aspect: 'What the operator does',
        values: ['Read the error log and fix the cause', 'Add capacity or finish the maintenance, and say when with `Retry-After`'],
      },
      { aspect: 'Defined in', values: [rfc(9110, '15.6.1'), rfc(9110, '15.6.4')] },
    ],
    verdict: [
      { code: 500, when: 'something broke that you did not plan for' },
      { code: 503, when: 'you know the service is overloaded or in maintenance and will be back' },
    ],
  },
  {
    codes: [502, 504],
    summary: 'Both come from a gateway; 502 got a bad answer from the server behind it, 504 got no answer in time.',
    question: {
      aspect: 'What did the gateway get from the server behind it?',
      values: ['An invalid response or a hang-up, or in many gateways a refused connection', 'Nothing in time: its timer ran out'],
    },
    rows: [
      {
        aspect: 'A refused connection',
        values: [
          'Is a 502 in nginx and AWS Application Load Balancer',
          'Is not a 504; Envoy, and Istio built on it, answer 503 for it instead (response flag `UF`)',
        ],
      },
      { aspect: 'How fast it arrives', values: ['Often at once', 'After the gateway’s timeout'] },
      {
        aspect: 'Where to look first',
        values: [
          'Is the upstream running and listening? Did it crash mid-request?',
          'Slow queries or dependencies, or packets dropped between gateway and upstream',
        ],
      },
      { aspect: 'Defined in', values: [rfc(9110, '15.6.3'), rfc(9110, '15.6.5')] },
    ],
    verdict: [
      { code: 502, when: 'your gateway got an invalid answer or a dropped connection, or (in nginx or an ALB) a refused one' },
      { code: 504, when: 'your gateway waited for the upstream and gave up' },
    ],
  },
  {
    codes: [502, 504, 522, 524],
    summary: 'The standard gateway errors next to Cloudflare’s own: which hop failed, and which timer ran out.',
    question: {
      aspect: 'What went wrong between the gateway and the server behind it?',
      values: [
        'An invalid response or a hang-up, or in nginx and AWS ALB a refused connection (Envoy answers 503 for that)',
        'No timely response',
        'Cloudflare could not complete the TCP connection to the origin in time, or the origin never acknowledged the request',
        'Cloudflare connected, but no HTTP response came back before its Proxy Read Timeout, or sending the request to the origin outlasted its Proxy Write Timeout',
      ],
    },
    rows: [
      {
        aspect: 'Who defines it',
        values: [
          rfc(9110, '15.6.3'),
          rfc(9110, '15.6.5'),
          'Cloudflare alone; not in the IANA registry',
          'Cloudflare alone; not in the IANA registry',
        ],
      },
      {
        aspect: 'Which timer',
        values: [
          'None: it fails on the bad answer',
          'The gateway’s own; each product picks its default',
          '19 seconds to complete the TCP handshake, 90 seconds for the origin to acknowledge the request',
          'The Proxy Read Timeout (Enterprise zones can raise it up to 6,000 seconds), or the fixed 30-second Proxy Write Timeout',
        ],
      },
      {
        aspect: 'Did the origin get the request?',
        values: [
          'Often, when it crashed or hung up mid-request',
          'Possibly, and it may still finish the work',
          'Almost never',
          'Yes, or part of it when a write timed out; it may still be working on it',
        ],
      },
    ],
    verdict: [
      { code: 502, when: 'the upstream answered badly or not at all' },
      { code: 504, when: 'the upstream was too slow for your gateway’s timeout' },
      {
        code: 522,
        lead: 'Expect',
        when: 'Cloudflare cannot reach your origin: check firewalls, and that every Cloudflare IP range is allowed',
      },
      {
        code: 524,
        lead: 'Expect',
        when: 'your origin is reached but answers, or reads the request, too slowly: poll long jobs for status, or serve them from a DNS-only hostname',
      },
    ],
  },
];
