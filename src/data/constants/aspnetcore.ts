/**
 * ASP.NET Core's `Microsoft.AspNetCore.Http.StatusCodes` constants in ASP.NET Core 8.0.0, written as
 * used after `using Microsoft.AspNetCore.Http;`.
 *
 * Kind of source: not the C# file but the released reference assembly. The class was read from the
 * IL disassembly of `Microsoft.AspNetCore.Http.Abstractions.dll` in the Microsoft.AspNetCore.App.Ref
 * 8.0.0 targeting pack, as dotnet/source-build-reference-packages kept it before removing that pack
 * (the assembly's informational version is 8.0.0+3f1acb59718cadf111a0a796681e3d3509bb3381, the
 * dotnet/aspnetcore commit it was built from). 8.0.0 is the newest ASP.NET Core release that could
 * be read; the 6.0.2 pack in the same repository has every constant here except 499. No constant
 * carries [Obsolete].
 *
 * 413, 414 and 416 have two constants each with the same value: the newer name is `current` and the
 * older one `alias`. 419 is named Authentication Timeout. There is no constant for 103 or 425, and no
 * `Status422UnprocessableContent`.
 */
import type { LibraryConstants } from '../../lib/library-constants';

export const ASPNETCORE: LibraryConstants = {
  library: {
    id: 'aspnetcore',
    name: 'ASP.NET Core StatusCodes',
    language: 'csharp',
    product: 'ASP.NET Core',
    version: '8.0.0',
    source: {
      repo: 'dotnet/source-build-reference-packages',
      path: 'src/targetPacks/ILsrc/microsoft.aspnetcore.app.ref/8.0.0/ref/net8.0/Microsoft.AspNetCore.Http.Abstractions.il',
      ref: 'e014191850f303d5312c9b9b905b0912dd667cff',
    },
    kind: 'constant',
  },
  constants: [
    { code: 100, name: 'StatusCodes.Status100Continue', status: 'current' },
    { code: 101, name: 'StatusCodes.Status101SwitchingProtocols', status: 'current' },
    { code: 102, name: 'StatusCodes.Status102Processing', status: 'current' },
    { code: 200, name: 'StatusCodes.Status200OK', status: 'current' },
    { code: 201, name: 'StatusCodes.Status201Created', status: 'current' },
    { code: 202, name: 'StatusCodes.Status202Accepted', status: 'current' },
    {
      code: 203,
      name: 'StatusCodes.Status203NonAuthoritative',
      status: 'current',
      note: 'Note the short name: NonAuthoritative, without Information.',
    },
    { code: 204, name: 'StatusCodes.Status204NoContent', status: 'current' },
    { code: 205, name: 'StatusCodes.Status205ResetContent', status: 'current' },
    { code: 206, name: 'StatusCodes.Status206PartialContent', status: 'current' },
    { code: 207, name: 'StatusCodes.Status207MultiStatus', status: 'current' },
    { code: 208, name: 'StatusCodes.Status208AlreadyReported', status: 'current' },
    { code: 226, name: 'StatusCodes.Status226IMUsed', status: 'current' },
    { code: 300, name: 'StatusCodes.Status300MultipleChoices', status: 'current' },
    { code: 301, name: 'StatusCodes.Status301MovedPermanently', status: 'current' },
    { code: 302, name: 'StatusCodes.Status302Found', status: 'current' },
    { code: 303, name: 'StatusCodes.Status303SeeOther', status: 'current' },
    { code: 304, name: 'StatusCodes.Status304NotModified', status: 'current' },
    { code: 305, name: 'StatusCodes.Status305UseProxy', status: 'current' },
    {
      code: 306,
      name: 'StatusCodes.Status306SwitchProxy',
      status: 'current',
      note: 'Named Switch Proxy, a former name of the now unused 306.',
    },
    { code: 307, name: 'StatusCodes.Status307TemporaryRedirect', status: 'current' },
    { code: 308, name: 'StatusCodes.Status308PermanentRedirect', status: 'current' },
    { code: 400, name: 'StatusCodes.Status400BadRequest', status: 'current' },
    { code: 401, name: 'StatusCodes.Status401Unauthorized', status: 'current' },
    { code: 402, name: 'StatusCodes.Status402PaymentRequired', status: 'current' },
    { code: 403, name: 'StatusCodes.Status403Forbidden', status: 'current' },
    { code: 404, name: 'StatusCodes.Status404NotFound', status: 'current' },
    { code: 405, name: 'StatusCodes.Status405MethodNotAllowed', status: 'current' },
    { code: 406, name: 'StatusCodes.Status406NotAcceptable', status: 'current' },
    { code: 407, name: 'StatusCodes.Status407ProxyAuthenticationRequired', status: 'current' },
    { code: 408, name: 'StatusCodes.Status408RequestTimeout', status: 'current' },
    { code: 409, name: 'StatusCodes.Status409Conflict', status: 'current' },
    { code: 410, name: 'StatusCodes.Status410Gone', status: 'current' },
    { code: 411, name: 'StatusCodes.Status411LengthRequired', status: 'current' },
    { code: 412, name: 'StatusCodes.Status412PreconditionFailed', status: 'current' },
    {
      code: 413,
      name: 'StatusCodes.Status413PayloadTooLarge',
      status: 'current',
      note: 'The RFC 7231 name; there is no constant for "Content Too Large".',
    },
    {
      code: 413,
      name: 'StatusCodes.Status413RequestEntityTooLarge',
      status: 'alias',
      note: 'The older name Request Entity Too Large, with the same value as StatusCodes.Status413PayloadTooLarge in ASP.NET Core 8.0.',
    },
    { code: 414, name: 'StatusCodes.Status414UriTooLong', status: 'current' },
    {
      code: 414,
      name: 'StatusCodes.Status414RequestUriTooLong',
      status: 'alias',
      note: 'The older name Request-URI Too Long, with the same value as StatusCodes.Status414UriTooLong in ASP.NET Core 8.0.',
    },
    { code: 415, name: 'StatusCodes.Status415UnsupportedMediaType', status: 'current' },
    { code: 416, name: 'StatusCodes.Status416RangeNotSatisfiable', status: 'current' },
    {
      code: 416,
      name: 'StatusCodes.Status416RequestedRangeNotSatisfiable',
      status: 'alias',
      note: 'The older name Requested Range Not Satisfiable, with the same value as StatusCodes.Status416RangeNotSatisfiable in ASP.NET Core 8.0.',
    },
    { code: 417, name: 'StatusCodes.Status417ExpectationFailed', status: 'current' },
    { code: 418, name: 'StatusCodes.Status418ImATeapot', status: 'current' },
    {
      code: 419,
      name: 'StatusCodes.Status419AuthenticationTimeout',
      status: 'current',
      note: 'Named Authentication Timeout, not Page Expired; only the number matches.',
    },
    { code: 421, name: 'StatusCodes.Status421MisdirectedRequest', status: 'current' },
    {
      code: 422,
      name: 'StatusCodes.Status422UnprocessableEntity',
      status: 'current',
      note: 'The RFC 4918 name; there is no constant for "Unprocessable Content".',
    },
    { code: 423, name: 'StatusCodes.Status423Locked', status: 'current' },
    { code: 424, name: 'StatusCodes.Status424FailedDependency', status: 'current' },
    { code: 426, name: 'StatusCodes.Status426UpgradeRequired', status: 'current' },
    { code: 428, name: 'StatusCodes.Status428PreconditionRequired', status: 'current' },
    { code: 429, name: 'StatusCodes.Status429TooManyRequests', status: 'current' },
    { code: 431, name: 'StatusCodes.Status431RequestHeaderFieldsTooLarge', status: 'current' },
    { code: 451, name: 'StatusCodes.Status451UnavailableForLegalReasons', status: 'current' },
    {
      code: 499,
      name: 'StatusCodes.Status499ClientClosedRequest',
      status: 'current',
      note: 'Not in the ASP.NET Core 6.0.2 reference pack; present in 8.0.0.',
    },
    { code: 500, name: 'StatusCodes.Status500InternalServerError', status: 'current' },
    { code: 501, name: 'StatusCodes.Status501NotImplemented', status: 'current' },
    { code: 502, name: 'StatusCodes.Status502BadGateway', status: 'current' },
    { code: 503, name: 'StatusCodes.Status503ServiceUnavailable', status: 'current' },
    { code: 504, name: 'StatusCodes.Status504GatewayTimeout', status: 'current' },
    {
      code: 505,
      name: 'StatusCodes.Status505HttpVersionNotsupported',
      status: 'current',
      note: 'Note the lower-case s: Notsupported, not NotSupported.',
    },
    { code: 506, name: 'StatusCodes.Status506VariantAlsoNegotiates', status: 'current' },
    { code: 507, name: 'StatusCodes.Status507InsufficientStorage', status: 'current' },
    { code: 508, name: 'StatusCodes.Status508LoopDetected', status: 'current' },
    { code: 510, name: 'StatusCodes.Status510NotExtended', status: 'current' },
    { code: 511, name: 'StatusCodes.Status511NetworkAuthenticationRequired', status: 'current' },
  ],
  absent: [
    0, 103, 104, 420, 425, 430, 440, 444, 449, 460, 463, 464, 494, 495, 496, 497, 498, 509, 520, 521, 522, 523, 524, 525, 526, 529, 530,
    561, 598, 599,
  ],
};
