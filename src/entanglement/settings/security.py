"""Security headers, cookies and fetching limits (DESIGN "Safety")."""

from __future__ import annotations

from .env import env_bool

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
# Behind TLS in production these become True; the embedded default serves plain HTTP on loopback.
SESSION_COOKIE_SECURE = env_bool("ENTANGLEMENT_SECURE_COOKIES", False)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE

# No page may load anything from another origin: no CDN, no external requests.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
)
