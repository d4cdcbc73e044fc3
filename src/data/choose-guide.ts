/**
 * The decision guide at /choose/: "which status should my server return?". The schema and its
 * rules are in src/lib/choose.ts. Every reason rests on the section it links; where common
 * practice differs from the spec, `practice` says so.
 */
import type { Guide, SpecSection } from '../lib/choose';

const rfc = (rfcNumber: number, section: string, what: string): SpecSection => ({
  title: `RFC ${rfcNumber}, section ${section} (${what})`,
  url: `https://www.rfc-editor.org/rfc/rfc${rfcNumber}#section-${section}`,
});
const rfc9110 = (section: string, what: string) => rfc(9110, section, what);

export const CHOOSE_GUIDE: Guide = {
  root: 'start',
  steps: [
    {
      id: 'start',
      question: 'How did the request turn out?',
      help: 'Pick the answer that fits from your server’s point of view. Each one leads to a short follow-up question, then to a code.',
      answers: [
        { label: 'It worked', next: 'success' },
        { label: 'The client should look somewhere else, or use the copy it already has', next: 'redirect' },
        { label: 'The client got something wrong, or may not have what it asked for', next: 'client-error' },
        { label: 'Something failed on the server’s side', next: 'server-error' },
      ],
    },
    {
      id: 'success',
      question: 'What did the server do?',
      answers: [
        {
          label: 'Sent back what was asked for, such as a page or a JSON document',
          code: 200,
          reason: 'The request succeeded, and the body carries the result: the resource for a GET, the outcome of the action for a POST.',
          spec: rfc9110('15.3.1', '200 OK'),
        },
        {
          label: 'Created a new resource',
          code: 201,
          reason: 'Something new now exists; the Location header points at it, or the target URI is the new resource.',
          spec: rfc9110('15.3.2', '201 Created'),
        },
        {
          label: 'Accepted a job that will finish later',
          code: 202,
          reason: 'The work is queued, not done, and may still fail; the body should say where to check on its progress.',
          spec: rfc9110('15.3.3', '202 Accepted'),
        },
        {
          label: 'Did it, and there is nothing to send back',
          code: 204,
          reason: 'The action succeeded and the response has no body at all, which suits a save, a DELETE or a PUT.',
          spec: rfc9110('15.3.5', '204 No Content'),
        },
        {
          label: 'Sent only the byte range the client asked for',
          code: 206,
          reason:
            'A Range request is being answered with part of the representation, described by Content-Range (in each part of a multipart answer).',
          spec: rfc9110('15.3.7', '206 Partial Content'),
        },
      ],
    },
    {
      id: 'redirect',
      question: 'Why should the client not get the resource from this response?',
      answers: [
        {
          label: 'Its cached copy is still good: the conditional GET found no change',
          code: 304,
          reason: 'A conditional GET or HEAD would have got a 200, but the client’s stored copy is still valid, so nothing is resent.',
          spec: rfc9110('15.4.5', '304 Not Modified'),
        },
        { label: 'The resource moved for good', next: 'moved-permanently' },
        { label: 'The resource is somewhere else for now', next: 'moved-temporarily' },
        {
          label: 'A form or other POST was handled; the client should now load a result page',
          code: 303,
          reason: 'It sends the client to a different resource with a GET (or HEAD), so reloading the result page never repeats the POST.',
          spec: rfc9110('15.4.4', '303 See Other'),
        },
      ],
    },
    {
      id: 'moved-permanently',
      question: 'Must the client repeat the same method and body at the new URL?',
      help: 'For historical reasons clients may turn a POST into a GET after 301 and 302. Only 307 and 308 promise to keep the method.',
      answers: [
        {
          label: 'No: it is links and GET requests, such as a page that changed address',
          code: 301,
          reason:
            'The new URL is permanent and links should be updated; a POST may arrive at the new URL as a GET, which is harmless for pages.',
          spec: rfc9110('15.4.2', '301 Moved Permanently'),
        },
        {
          label: 'Yes: keep POST (or PUT) and its body',
          code: 308,
          reason: 'Permanent like 301, and one of the two redirects defined to keep the method, so a POST stays a POST with its body.',
          spec: rfc9110('15.4.9', '308 Permanent Redirect'),
        },
      ],
    },
    {
      id: 'moved-temporarily',
      question: 'Must the client repeat the same method and body at the other URL?',
      help: 'The client keeps using the original URL for future requests in both cases.',
      answers: [
        {
          label: 'No: it is links and GET requests',
          code: 302,
          reason: 'The resource is elsewhere for now; the client keeps the original URL, and may turn a POST into a GET.',
          spec: rfc9110('15.4.3', '302 Found'),
        },
        {
          label: 'Yes: repeat the same method and body',
          code: 307,
          reason: 'Temporary like 302, but the client must not change the method when it follows the redirect.',
          spec: rfc9110('15.4.8', '307 Temporary Redirect'),
        },
      ],
    },
    {
      id: 'client-error',
      question: 'What is wrong with the request?',
      answers: [
        { label: 'Who is asking: no credentials, bad credentials, or not allowed', next: 'access' },
        { label: 'The URL or method: nothing there, gone, or the wrong method', next: 'target' },
        { label: 'What was sent: broken, invalid, or in a format the server does not take', next: 'request-content' },
        { label: 'It clashes with the resource’s current state or with a condition the client set', next: 'state' },
        { label: 'It goes over a limit: too many requests, or too large', next: 'limits' },
      ],
    },
    {
      id: 'access',
      question: 'Why may this client not have it?',
      answers: [
        {
          label: 'It sent no credentials, or they are wrong or expired',
          code: 401,
          reason: 'The request lacks valid authentication; the response must carry a WWW-Authenticate challenge saying how to log in.',
          spec: rfc9110('15.5.2', '401 Unauthorized'),
        },
        {
          label: 'It is logged in, or logging in would not help, and it is not allowed to do this',
          code: 403,
          reason:
            'The server understood and refuses; new credentials might help, the same ones will not. An anonymous client that could get access by logging in gets 401 instead.',
          spec: rfc9110('15.5.4', '403 Forbidden'),
        },
        {
          label: 'It is not allowed, and you do not want to reveal that the resource exists',
          code: 404,
          reason: 'A server that wants to hide a forbidden resource may answer 404 instead of 403.',
          spec: rfc9110('15.5.4', '403 Forbidden'),
        },
        {
          label: 'A legal demand forbids serving it',
          code: 451,
          reason: 'Access is denied because of a legal demand; the body should say who made it and under which law.',
          spec: rfc(7725, '3', '451 Unavailable For Legal Reasons'),
        },
      ],
    },
    {
      id: 'target',
      question: 'What is the matter with the URL or the method?',
      answers: [
        {
          label: 'Nothing exists at this URL',
          code: 404,
          reason: 'There is no current representation for the target, and the code does not say whether that is temporary or permanent.',
          spec: rfc9110('15.5.5', '404 Not Found'),
        },
        {
          label: 'Something was here and has been removed for good, on purpose',
          code: 410,
          reason: 'The resource is intentionally gone and likely to stay gone, so links to it should be removed; if unsure, use 404.',
          spec: rfc9110('15.5.11', '410 Gone'),
        },
        {
          label: 'The resource exists, but not for this method',
          code: 405,
          reason: 'The method is known but this resource does not support it; the response must list the allowed methods in Allow.',
          spec: rfc9110('15.5.6', '405 Method Not Allowed'),
        },
      ],
    },
    {
      id: 'request-content',
      question: 'What is wrong with what the client sent?',
      answers: [
        {
          label: 'It cannot be parsed: broken JSON, bad syntax or framing',
          code: 400,
          reason: 'The server cannot or will not process a request it sees as a client error, such as malformed syntax.',
          spec: rfc9110('15.5.1', '400 Bad Request'),
        },
        { label: 'It parses, but the values break your rules (validation failed)', next: 'validation' },
        {
          label: 'Its format (Content-Type or Content-Encoding) is not one you accept',
          code: 415,
          reason:
            'The content is in a format this method and resource do not support; Accept or Accept-Encoding in the response can list what works.',
          spec: rfc9110('15.5.16', '415 Unsupported Media Type'),
        },
        {
          label: 'It asks (with Accept) for a format you cannot produce',
          code: 406,
          reason: 'No representation matches the request’s negotiation headers, and the server will not fall back to a default.',
          spec: rfc9110('15.5.7', '406 Not Acceptable'),
          practice:
            'RFC 9110 (section 12.5.1) lets a server disregard Accept and send its default representation instead; 406 is the choice for when that default would be useless to the client.',
        },
      ],
    },
    {
      id: 'validation',
      question: 'Does your API separate “cannot parse” from “parsed, but invalid”?',
      help: 'The spec allows both answers: 400 covers any client error, and 422 is the more precise one for well-formed content that fails your rules. Many APIs use 422 for validation errors; others answer 400 for everything. Pick one rule and document it.',
      answers: [
        {
          label: 'Yes: well-formed but invalid data gets its own code',
          code: 422,
          reason: 'The server understands the content type and the syntax is correct, but it cannot process the instructions in it.',
          spec: rfc9110('15.5.21', '422 Unprocessable Content'),
          practice: 'Widely used for validation errors, though 400 is just as correct.',
        },
        {
          label: 'No: one code for every mistake in the request',
          code: 400,
          reason: 'Any problem the server sees as a client error may be answered with 400, validation failures included.',
          spec: rfc9110('15.5.1', '400 Bad Request'),
          practice: 'Many APIs keep 400 for all client errors and put the details in the body.',
        },
      ],
    },
    {
      id: 'state',
      question: 'What does the request clash with?',
      answers: [
        {
          label: 'The resource’s current state, such as an edit conflict or a duplicate',
          code: 409,
          reason:
            'The request conflicts with the current state of the resource and the user might resolve it and resubmit; say what clashed.',
          spec: rfc9110('15.5.10', '409 Conflict'),
          practice:
            'APIs split on duplicates: Google’s API design maps ALREADY_EXISTS to 409, while GitHub’s REST API answers 422 with the error code already_exists. Document which one yours uses.',
        },
        {
          label: 'A condition the client sent (If-Match, If-Unmodified-Since) is false',
          code: 412,
          reason: 'One or more conditions in the request headers evaluated to false, so the method was not applied.',
          spec: rfc9110('15.5.13', '412 Precondition Failed'),
        },
        {
          label: 'You require a conditional request, and this one has no condition',
          code: 428,
          reason: 'The origin server requires the request to be conditional, which prevents lost updates; explain how to resubmit.',
          spec: rfc(6585, '3', '428 Precondition Required'),
        },
      ],
    },
    {
      id: 'limits',
      question: 'Which limit did the request go over?',
      answers: [
        {
          label: 'The client sent too many requests in a given time',
          code: 429,
          reason: 'This is rate limiting; the response should explain the limit and may say how long to wait with Retry-After.',
          spec: rfc(6585, '4', '429 Too Many Requests'),
        },
        {
          label: 'The request body is too large',
          code: 413,
          reason: 'The content is larger than the server is willing or able to process; if the limit is temporary, send Retry-After.',
          spec: rfc9110('15.5.14', '413 Content Too Large'),
        },
        {
          label: 'The URL is too long',
          code: 414,
          reason:
            'The target URI is longer than the server is willing to interpret, as when a POST was turned into a GET with a long query.',
          spec: rfc9110('15.5.15', '414 URI Too Long'),
        },
        {
          label: 'The request headers are too large, such as an oversized cookie',
          code: 431,
          reason: 'The header fields, one of them or all together, are too large; the client may retry with smaller ones.',
          spec: rfc(6585, '5', '431 Request Header Fields Too Large'),
        },
      ],
    },
    {
      id: 'server-error',
      question: 'What went wrong on the server’s side?',
      answers: [
        {
          label: 'Something unexpected, such as an exception or a bug',
          code: 500,
          reason: 'An unexpected condition stopped the server from fulfilling the request; it is the generic server error.',
          spec: rfc9110('15.6.1', '500 Internal Server Error'),
        },
        {
          label: 'The server does not support what was asked for, such as an unknown method',
          code: 501,
          reason: 'The server lacks the functionality the request needs, typically a method it does not recognise for any resource.',
          spec: rfc9110('15.6.2', '501 Not Implemented'),
        },
        {
          label: 'It is overloaded or down for maintenance, for a while',
          code: 503,
          reason: 'The server cannot handle the request now but should recover after a delay; Retry-After may say when.',
          spec: rfc9110('15.6.4', '503 Service Unavailable'),
        },
        { label: 'It is a gateway or proxy, and the server behind it let it down', next: 'gateway' },
      ],
    },
    {
      id: 'gateway',
      question: 'What did the server behind the gateway do?',
      answers: [
        {
          label: 'Sent an invalid response, refused the connection or hung up',
          code: 502,
          reason: 'The gateway or proxy received an invalid response from the inbound server it contacted.',
          spec: rfc9110('15.6.3', '502 Bad Gateway'),
          practice:
            'nginx and AWS Application Load Balancer answer 502 when the upstream refuses the connection; Envoy, and Istio built on it, answer 503 for that.',
        },
        {
          label: 'Did not answer in time',
          code: 504,
          reason: 'The gateway or proxy did not get a timely response from the upstream server it needed.',
          spec: rfc9110('15.6.5', '504 Gateway Timeout'),
        },
      ],
    },
  ],
};
