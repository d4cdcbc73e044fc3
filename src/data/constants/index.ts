/**
 * Every library's status code constants, in the order the constants table and /constants/ show
 * them: Python, then Go and the JVM, then .NET, JavaScript, Rust, Ruby, PHP and Kotlin. Each module
 * records the release and the source file it was read from.
 */
import type { LibraryConstants } from '../../lib/library-constants';
import { ASPNETCORE } from './aspnetcore';
import { DJANGO_REST_FRAMEWORK } from './django-rest-framework';
import { DOTNET } from './dotnet';
import { GO_NET_HTTP } from './go-net-http';
import { HTTP_STATUS_CODES } from './http-status-codes';
import { KTOR } from './ktor';
import { NODE_HTTP } from './node-http';
import { PYTHON_HTTP } from './python-http';
import { RACK } from './rack';
import { RUST_HTTP } from './rust-http';
import { SPRING } from './spring';
import { STARLETTE } from './starlette';
import { SYMFONY } from './symfony';

export const LIBRARY_CONSTANTS: readonly LibraryConstants[] = [
  PYTHON_HTTP,
  STARLETTE,
  DJANGO_REST_FRAMEWORK,
  GO_NET_HTTP,
  SPRING,
  DOTNET,
  ASPNETCORE,
  NODE_HTTP,
  HTTP_STATUS_CODES,
  RUST_HTTP,
  RACK,
  SYMFONY,
  KTOR,
];
