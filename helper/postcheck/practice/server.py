"""Serve the practice pages over HTTPS on 127.0.0.1, answering as x.com, twitter.com, Facebook or Instagram by Host."""

from __future__ import annotations

import ssl
import tempfile
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

from postcheck.practice.certificate import make_certificate

PAGES = Path(__file__).resolve().parent
PLATFORM_HOSTS = ("x.com", "twitter.com", "www.facebook.com", "www.instagram.com")
_LOCAL_HOSTS = ("127.0.0.1", "localhost")

# (host, path) -> page; the browser is told to send the platform hosts here, so these are the real sites' URLs.
# Each page takes ?lang=fr (or the site's own ?locale=fr_FR / ?hl=fr) for its French interface.
X_PATHS = ("/home", "/compose/post", "/messages", "/i/chat", "/Refugees/status/1790000000000000000")
FACEBOOK_PATHS = ("/", "/InternationalOrganization", "/permalink.php", "/messages/t/maria.lopez")
INSTAGRAM_PATHS = ("/", "/p/C0practice/", "/direct/t/17842/")
ROUTES = {
    **{(host, path): "x.html" for host in ("x.com", "twitter.com") for path in X_PATHS},
    **{("www.facebook.com", path): "facebook.html" for path in FACEBOOK_PATHS},
    **{("www.instagram.com", path): "instagram.html" for path in INSTAGRAM_PATHS},
    **{(host, "/"): "index.html" for host in _LOCAL_HOSTS},
}
REDIRECTS = {("x.com", "/"): "/home", ("twitter.com", "/"): "/home"}
ASSET_PREFIX = "/_practice/"  # bundles and the index, on every host (a path no platform page uses)
_TYPES = {".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8"}


def resolve(host: str, path: str) -> Path | None:
    """The file that answers host + path, or None."""
    host = host.rsplit(":", 1)[0] if not host.startswith("[") else host
    if path.startswith(ASSET_PREFIX):
        name = path[len(ASSET_PREFIX):] or "index.html"
        candidate = (PAGES / "assets" / name) if name.endswith(".js") else PAGES / name
        # Only plain file names: never let a request climb out of the practice folder.
        if "/" in name or name.startswith(".") or candidate.suffix not in _TYPES or not candidate.is_file():
            return None
        return candidate
    page = ROUTES.get((host.lower(), path))
    return PAGES / page if page else None


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "postcheck-practice"

    def do_GET(self) -> None:
        host, path = self.headers.get("Host", ""), urlsplit(self.path).path
        redirect = REDIRECTS.get((host.lower(), path))
        if redirect:
            self._reply(HTTPStatus.FOUND, b"", "text/plain", {"Location": redirect})
            return
        if path == "/favicon.ico":
            self._reply(HTTPStatus.NO_CONTENT, b"", "image/x-icon")  # keeps the console free of 404 noise
            return
        file = resolve(host, path)
        if file is None:
            self._reply(HTTPStatus.NOT_FOUND, f"no practice page at https://{host}{path}\n".encode(), "text/plain")
            return
        self._reply(HTTPStatus.OK, file.read_bytes(), _TYPES[file.suffix])

    def _reply(self, status: HTTPStatus, body: bytes, content_type: str, extra: dict | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        # Always fresh: a rebuilt bundle must show up without clearing the browser's cache.
        self.send_header("Cache-Control", "no-store")
        for name, value in (extra or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args) -> None:
        pass  # a practice session needs no access log on the terminal


class PracticeServer:
    """The practice pages on https://127.0.0.1:<port>; start()/stop() or use it as a context manager."""

    def __init__(self, port: int = 0) -> None:
        self._requested_port = port
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._certs: tempfile.TemporaryDirectory | None = None

    @property
    def port(self) -> int:
        if self._httpd is None:
            raise RuntimeError("the practice server is not started")
        return self._httpd.server_address[1]

    @property
    def index_url(self) -> str:
        return f"https://127.0.0.1:{self.port}/"

    def start(self) -> PracticeServer:
        self._certs = tempfile.TemporaryDirectory(prefix="postcheck-practice-")
        cert, key = make_certificate(Path(self._certs.name))
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
        httpd = ThreadingHTTPServer(("127.0.0.1", self._requested_port), _Handler)
        httpd.daemon_threads = True
        # The handshake happens in each request's thread, so one stalled client cannot block the accept loop.
        httpd.socket = context.wrap_socket(httpd.socket, server_side=True, do_handshake_on_connect=False)
        self._httpd = httpd
        self._thread = threading.Thread(target=httpd.serve_forever, name="postcheck-practice", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._thread.join()
            self._httpd = self._thread = None
        if self._certs is not None:
            self._certs.cleanup()
            self._certs = None

    def __enter__(self) -> PracticeServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
