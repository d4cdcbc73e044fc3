/**
 * The status symbols that `Rack::Utils.status_code` accepts, at Rack 3.2.7. Rails hands the symbol in
 * `head :too_many_requests` to that method (checked in Rails v8.1.3: `head` sets
 * ActionDispatch::Response#status=). Rack derives each symbol from its reason phrase: lower case, with
 * spaces and hyphens turned into underscores.
 *
 * Rack 3.1 renamed :payload_too_large and :unprocessable_entity and dropped 509 and 510 from its
 * table; `status_code` still maps those four old symbols through a fallback table. It prints a
 * deprecation warning for all four in 3.1.0 to 3.1.2 and from 3.2.0 on; 3.1.3 to 3.1.22 (the last
 * 3.1 release) map the two renamed symbols silently and warn only for 509 and 510
 * (lib/rack/utils.rb at v3.1.2, v3.1.3, v3.1.22 and v3.2.0).
 */
import type { LibraryConstants } from '../../lib/library-constants';

export const RACK: LibraryConstants = {
  library: {
    id: 'rack',
    name: 'Rack and Rails status symbols',
    language: 'ruby',
    product: 'Rack',
    version: '3.2.7',
    source: { repo: 'rack/rack', path: 'lib/rack/utils.rb', ref: 'v3.2.7' },
    kind: 'constant',
  },
  constants: [
    { code: 100, name: ':continue', status: 'current' },
    { code: 101, name: ':switching_protocols', status: 'current' },
    { code: 102, name: ':processing', status: 'current' },
    { code: 103, name: ':early_hints', status: 'current' },
    { code: 200, name: ':ok', status: 'current' },
    { code: 201, name: ':created', status: 'current' },
    { code: 202, name: ':accepted', status: 'current' },
    { code: 203, name: ':non_authoritative_information', status: 'current' },
    { code: 204, name: ':no_content', status: 'current' },
    { code: 205, name: ':reset_content', status: 'current' },
    { code: 206, name: ':partial_content', status: 'current' },
    { code: 207, name: ':multi_status', status: 'current' },
    { code: 208, name: ':already_reported', status: 'current' },
    { code: 226, name: ':im_used', status: 'current' },
    { code: 300, name: ':multiple_choices', status: 'current' },
    { code: 301, name: ':moved_permanently', status: 'current' },
    { code: 302, name: ':found', status: 'current' },
    { code: 303, name: ':see_other', status: 'current' },
    { code: 304, name: ':not_modified', status: 'current' },
    { code: 305, name: ':use_proxy', status: 'current' },
    { code: 307, name: ':temporary_redirect', status: 'current' },
    { code: 308, name: ':permanent_redirect', status: 'current' },
    { code: 400, name: ':bad_request', status: 'current' },
    { code: 401, name: ':unauthorized', status: 'current' },
    { code: 402, name: ':payment_required', status: 'current' },
    { code: 403, name: ':forbidden', status: 'current' },
    { code: 404, name: ':not_found', status: 'current' },
    { code: 405, name: ':method_not_allowed', status: 'current' },
    { code: 406, name: ':not_acceptable', status: 'current' },
    { code: 407, name: ':proxy_authentication_required', status: 'current' },
    { code: 408, name: ':request_timeout', status: 'current' },
    { code: 409, name: ':conflict', status: 'current' },
    { code: 410, name: ':gone', status: 'current' },
    { code: 411, name: ':length_required', status: 'current' },
    { code: 412, name: ':precondition_failed', status: 'current' },
    { code: 413, name: ':content_too_large', status: 'current', addedIn: '3.1', note: 'Rack 3.0 and earlier use :payload_too_large.' },
    {
      code: 413,
      name: ':payload_too_large',
      status: 'deprecated',
      note: 'Renamed in Rack 3.1; Rack::Utils.status_code still maps it to 413, with a warning except in 3.1.3 to 3.1.22.',
    },
    { code: 414, name: ':uri_too_long', status: 'current' },
    { code: 415, name: ':unsupported_media_type', status: 'current' },
    { code: 416, name: ':range_not_satisfiable', status: 'current' },
    { code: 417, name: ':expectation_failed', status: 'current' },
    { code: 421, name: ':misdirected_request', status: 'current' },
    {
      code: 422,
      name: ':unprocessable_content',
      status: 'current',
      addedIn: '3.1',
      note: 'Rack 3.0 and earlier use :unprocessable_entity.',
    },
    {
      code: 422,
      name: ':unprocessable_entity',
      status: 'deprecated',
      note: 'Renamed in Rack 3.1; Rack::Utils.status_code still maps it to 422, with a warning except in 3.1.3 to 3.1.22.',
    },
    { code: 423, name: ':locked', status: 'current' },
    { code: 424, name: ':failed_dependency', status: 'current' },
    { code: 425, name: ':too_early', status: 'current' },
    { code: 426, name: ':upgrade_required', status: 'current' },
    { code: 428, name: ':precondition_required', status: 'current' },
    { code: 429, name: ':too_many_requests', status: 'current' },
    { code: 431, name: ':request_header_fields_too_large', status: 'current' },
    { code: 451, name: ':unavailable_for_legal_reasons', status: 'current' },
    { code: 500, name: ':internal_server_error', status: 'current' },
    { code: 501, name: ':not_implemented', status: 'current' },
    { code: 502, name: ':bad_gateway', status: 'current' },
    { code: 503, name: ':service_unavailable', status: 'current' },
    { code: 504, name: ':gateway_timeout', status: 'current' },
    { code: 505, name: ':http_version_not_supported', status: 'current' },
    { code: 506, name: ':variant_also_negotiates', status: 'current' },
    { code: 507, name: ':insufficient_storage', status: 'current' },
    { code: 508, name: ':loop_detected', status: 'current' },
    {
      code: 509,
      name: ':bandwidth_limit_exceeded',
      status: 'deprecated',
      note: "Dropped from Rack's status table in Rack 3.1; Rack::Utils.status_code still maps it to 509 but warns that it is deprecated.",
    },
    {
      code: 510,
      name: ':not_extended',
      status: 'deprecated',
      note: "Dropped from Rack's status table in Rack 3.1; Rack::Utils.status_code still maps it to 510 but warns that it is deprecated.",
    },
    { code: 511, name: ':network_authentication_required', status: 'current' },
  ],
  absent: [
    0, 104, 306, 418, 419, 420, 430, 440, 444, 449, 460, 463, 464, 494, 495, 496, 497, 498, 499, 520, 521, 522, 523, 524, 525, 526, 529,
    530, 561, 598, 599,
  ],
};
