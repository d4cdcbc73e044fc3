/**
 * .NET's `System.Net.HttpStatusCode` enum in .NET 10.0.0, written as used after `using System.Net;`.
 *
 * Kind of source: not the C# file but the released reference assembly. The enum was read from the
 * IL disassembly of `System.Net.Primitives.dll` in the Microsoft.NETCore.App.Ref 10.0.0 targeting
 * pack, which dotnet/source-build-reference-packages keeps in its repository (the assembly's
 * informational version is 10.0.0+b0f34d51fccc69fd334253924abd8d6853fad7aa, the dotnet/runtime
 * commit it was built from). The same repository's 7.0.0, 8.0.0 and 9.0.0 packs date the one
 * addition: UnprocessableContent is missing in 7.0.0 and present from 8.0.0 on. No member carries
 * [Obsolete].
 *
 * Several codes have two enum names with the same value; the RFC 9110 name is `current` and the
 * other is `alias`. 413, 414 and 416 keep their older names only. There is no member for 418 or 425.
 */
import type { LibraryConstants } from '../../lib/library-constants';

export const DOTNET: LibraryConstants = {
  library: {
    id: 'dotnet',
    name: '.NET HttpStatusCode',
    language: 'csharp',
    product: '.NET',
    version: '10.0.0',
    source: {
      repo: 'dotnet/source-build-reference-packages',
      path: 'src/targetPacks/ILsrc/microsoft.netcore.app.ref/10.0.0/ref/net10.0/System.Net.Primitives.il',
      ref: '126ae71663e3d22030fc7e55d71ead23d140432d',
    },
    kind: 'constant',
  },
  constants: [
    { code: 100, name: 'HttpStatusCode.Continue', status: 'current' },
    { code: 101, name: 'HttpStatusCode.SwitchingProtocols', status: 'current' },
    { code: 102, name: 'HttpStatusCode.Processing', status: 'current' },
    { code: 103, name: 'HttpStatusCode.EarlyHints', status: 'current' },
    { code: 200, name: 'HttpStatusCode.OK', status: 'current' },
    { code: 201, name: 'HttpStatusCode.Created', status: 'current' },
    { code: 202, name: 'HttpStatusCode.Accepted', status: 'current' },
    { code: 203, name: 'HttpStatusCode.NonAuthoritativeInformation', status: 'current' },
    { code: 204, name: 'HttpStatusCode.NoContent', status: 'current' },
    { code: 205, name: 'HttpStatusCode.ResetContent', status: 'current' },
    { code: 206, name: 'HttpStatusCode.PartialContent', status: 'current' },
    { code: 207, name: 'HttpStatusCode.MultiStatus', status: 'current' },
    { code: 208, name: 'HttpStatusCode.AlreadyReported', status: 'current' },
    { code: 226, name: 'HttpStatusCode.IMUsed', status: 'current' },
    { code: 300, name: 'HttpStatusCode.MultipleChoices', status: 'current' },
    {
      code: 300,
      name: 'HttpStatusCode.Ambiguous',
      status: 'alias',
      note: 'A second name with the same value as HttpStatusCode.MultipleChoices in .NET 10.0.',
    },
    { code: 301, name: 'HttpStatusCode.MovedPermanently', status: 'current' },
    {
      code: 301,
      name: 'HttpStatusCode.Moved',
      status: 'alias',
      note: 'A second name with the same value as HttpStatusCode.MovedPermanently in .NET 10.0.',
    },
    { code: 302, name: 'HttpStatusCode.Found', status: 'current' },
    {
      code: 302,
      name: 'HttpStatusCode.Redirect',
      status: 'alias',
      note: 'A second name with the same value as HttpStatusCode.Found in .NET 10.0.',
    },
    { code: 303, name: 'HttpStatusCode.SeeOther', status: 'current' },
    {
      code: 303,
      name: 'HttpStatusCode.RedirectMethod',
      status: 'alias',
      note: 'A second name with the same value as HttpStatusCode.SeeOther in .NET 10.0.',
    },
    { code: 304, name: 'HttpStatusCode.NotModified', status: 'current' },
    { code: 305, name: 'HttpStatusCode.UseProxy', status: 'current' },
    { code: 306, name: 'HttpStatusCode.Unused', status: 'current' },
    { code: 307, name: 'HttpStatusCode.TemporaryRedirect', status: 'current' },
    {
      code: 307,
      name: 'HttpStatusCode.RedirectKeepVerb',
      status: 'alias',
      note: 'A second name with the same value as HttpStatusCode.TemporaryRedirect in .NET 10.0.',
    },
    { code: 308, name: 'HttpStatusCode.PermanentRedirect', status: 'current' },
    { code: 400, name: 'HttpStatusCode.BadRequest', status: 'current' },
    { code: 401, name: 'HttpStatusCode.Unauthorized', status: 'current' },
    { code: 402, name: 'HttpStatusCode.PaymentRequired', status: 'current' },
    { code: 403, name: 'HttpStatusCode.Forbidden', status: 'current' },
    { code: 404, name: 'HttpStatusCode.NotFound', status: 'current' },
    { code: 405, name: 'HttpStatusCode.MethodNotAllowed', status: 'current' },
    { code: 406, name: 'HttpStatusCode.NotAcceptable', status: 'current' },
    { code: 407, name: 'HttpStatusCode.ProxyAuthenticationRequired', status: 'current' },
    { code: 408, name: 'HttpStatusCode.RequestTimeout', status: 'current' },
    { code: 409, name: 'HttpStatusCode.Conflict', status: 'current' },
    { code: 410, name: 'HttpStatusCode.Gone', status: 'current' },
    { code: 411, name: 'HttpStatusCode.LengthRequired', status: 'current' },
    { code: 412, name: 'HttpStatusCode.PreconditionFailed', status: 'current' },
    {
      code: 413,
      name: 'HttpStatusCode.RequestEntityTooLarge',
      status: 'current',
      note: 'The RFC 2616 name; there is no constant for "Content Too Large".',
    },
    {
      code: 414,
      name: 'HttpStatusCode.RequestUriTooLong',
      status: 'current',
      note: 'The RFC 2616 name; there is no constant for "URI Too Long".',
    },
    { code: 415, name: 'HttpStatusCode.UnsupportedMediaType', status: 'current' },
    {
      code: 416,
      name: 'HttpStatusCode.RequestedRangeNotSatisfiable',
      status: 'current',
      note: 'The RFC 2616 name; there is no constant for "Range Not Satisfiable".',
    },
    { code: 417, name: 'HttpStatusCode.ExpectationFailed', status: 'current' },
    { code: 421, name: 'HttpStatusCode.MisdirectedRequest', status: 'current' },
    {
      code: 422,
      name: 'HttpStatusCode.UnprocessableContent',
      status: 'current',
      addedIn: '8.0',
      note: 'Earlier versions only have HttpStatusCode.UnprocessableEntity.',
    },
    {
      code: 422,
      name: 'HttpStatusCode.UnprocessableEntity',
      status: 'alias',
      note: 'The name before .NET 8.0, kept with the same value as HttpStatusCode.UnprocessableContent.',
    },
    { code: 423, name: 'HttpStatusCode.Locked', status: 'current' },
    { code: 424, name: 'HttpStatusCode.FailedDependency', status: 'current' },
    { code: 426, name: 'HttpStatusCode.UpgradeRequired', status: 'current' },
    { code: 428, name: 'HttpStatusCode.PreconditionRequired', status: 'current' },
    { code: 429, name: 'HttpStatusCode.TooManyRequests', status: 'current' },
    { code: 431, name: 'HttpStatusCode.RequestHeaderFieldsTooLarge', status: 'current' },
    { code: 451, name: 'HttpStatusCode.UnavailableForLegalReasons', status: 'current' },
    { code: 500, name: 'HttpStatusCode.InternalServerError', status: 'current' },
    { code: 501, name: 'HttpStatusCode.NotImplemented', status: 'current' },
    { code: 502, name: 'HttpStatusCode.BadGateway', status: 'current' },
    { code: 503, name: 'HttpStatusCode.ServiceUnavailable', status: 'current' },
    { code: 504, name: 'HttpStatusCode.GatewayTimeout', status: 'current' },
    { code: 505, name: 'HttpStatusCode.HttpVersionNotSupported', status: 'current' },
    { code: 506, name: 'HttpStatusCode.VariantAlsoNegotiates', status: 'current' },
    { code: 507, name: 'HttpStatusCode.InsufficientStorage', status: 'current' },
    { code: 508, name: 'HttpStatusCode.LoopDetected', status: 'current' },
    { code: 510, name: 'HttpStatusCode.NotExtended', status: 'current' },
    { code: 511, name: 'HttpStatusCode.NetworkAuthenticationRequired', status: 'current' },
  ],
  absent: [
    0, 104, 418, 419, 420, 425, 430, 440, 444, 449, 460, 463, 464, 494, 495, 496, 497, 498, 499, 509, 520, 521, 522, 523, 524, 525, 526,
    529, 530, 561, 598, 599,
  ],
};
