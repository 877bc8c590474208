"""A throwaway self-signed TLS certificate for the practice server, made with `cryptography` or else the openssl CLI."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

# The browser runs with --ignore-certificate-errors, so the names only keep the certificate honest about its use.
NAMES = ("x.com", "twitter.com", "www.facebook.com", "www.instagram.com", "localhost")


class CertificateError(RuntimeError):
    """No way to make a certificate on this machine."""


def make_certificate(directory: Path, tool: str = "auto") -> tuple[Path, Path]:
    """Write cert.pem and key.pem into directory; tool is "auto", "cryptography" or "openssl"."""
    cert, key = directory / "cert.pem", directory / "key.pem"
    if tool in ("auto", "cryptography"):
        try:
            _with_cryptography(cert, key)
            return cert, key
        except ImportError:
            if tool == "cryptography":
                raise
    if not shutil.which("openssl"):
        raise CertificateError("cannot make the practice server's certificate: install the Python package "
                               "`cryptography` (pip install cryptography) or the openssl command")
    _with_openssl(cert, key)
    return cert, key


def _with_cryptography(cert: Path, key: Path) -> None:
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    private = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "postcheck practice")])
    now = dt.datetime.now(dt.UTC)
    alt = [x509.DNSName(n) for n in NAMES] + [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
    certificate = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(private.public_key())
                   .serial_number(x509.random_serial_number())
                   .not_valid_before(now - dt.timedelta(minutes=5)).not_valid_after(now + dt.timedelta(days=2))
                   .add_extension(x509.SubjectAlternativeName(alt), critical=False)
                   .sign(private, hashes.SHA256()))
    key.write_bytes(private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                          serialization.NoEncryption()))
    cert.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))


def _with_openssl(cert: Path, key: Path) -> None:
    san = ",".join([f"DNS:{n}" for n in NAMES] + ["IP:127.0.0.1"])
    command = ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
               "-keyout", str(key), "-out", str(cert), "-days", "2", "-subj", "/CN=postcheck practice",
               "-addext", f"subjectAltName={san}"]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise CertificateError(f"openssl could not make the practice certificate: {done.stderr.strip()}")
