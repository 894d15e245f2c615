"""Security settings shared by every environment, imported at the end of base.py.

Kept apart from base.py so the policy reads in one place: the Content-Security-Policy (strict on
public pages, relaxed for the Wagtail admin), django-axes' brute-force lockout and the image
upload limits. Nothing here reads a secret; production.py adds what depends on the deployment
(the media host in ``img-src``, HTTPS-only cookies, HSTS).
"""

import datetime
import os

from csp.constants import NONE, SELF, UNSAFE_INLINE

# Only the settings below leave this module: not the helpers, not the csp constants.
__all__ = [
    "AXES_CLIENT_IP_CALLABLE",
    "AXES_COOLOFF_MESSAGE",
    "AXES_COOLOFF_TIME",
    "AXES_FAILURE_LIMIT",
    "AXES_LOCKOUT_PARAMETERS",
    "AXES_RESET_ON_SUCCESS",
    "CONTENT_SECURITY_POLICY",
    "CONTENT_SECURITY_POLICY_ADMIN",
    "CONTENT_SECURITY_POLICY_ADMIN_PREFIXES",
    "OTP_TOTP_ISSUER",
    "TWO_FACTOR_REQUIRED_FOR_EDITORS",
    "TWO_FACTOR_REQUIRED_GROUPS",
    "WAGTAILIMAGES_EXTENSIONS",
    "WAGTAILIMAGES_MAX_IMAGE_PIXELS",
    "WAGTAILIMAGES_MAX_UPLOAD_SIZE",
]

# --- Content-Security-Policy (django-csp 4: one dict, directives under "DIRECTIVES") ----------
# Public pages use only same-origin files: /static/ (CSS, fonts), /fonts.css, /media/. No inline
# script or style anywhere in templates/, so an injected <script> or onerror= never runs.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "font-src": [SELF],
        "img-src": [SELF, "data:"],
        "connect-src": [SELF],
        "media-src": [SELF],
        "object-src": [NONE],
        "frame-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}

# The Wagtail admin (and its previews, which render public templates under /admin/) writes
# inline styles and scripts, loads images from blob: URLs and frames its own preview.
CONTENT_SECURITY_POLICY_ADMIN = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "font-src": [SELF, "data:"],
        "img-src": [SELF, "data:", "blob:"],
        "connect-src": [SELF],
        "media-src": [SELF, "blob:"],
        "object-src": [NONE],
        "frame-src": [SELF],
        "worker-src": [SELF, "blob:"],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    },
}
# Paths that get the admin policy (csrs.middleware.ContentSecurityPolicyMiddleware).
CONTENT_SECURITY_POLICY_ADMIN_PREFIXES = ("/admin/", "/django-admin/")

# --- Brute-force protection for the admin login (django-axes 8) -----------------------------
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
_AXES_COOLOFF_MINUTES = int(os.environ.get("AXES_COOLOFF_MINUTES", "15"))
AXES_COOLOFF_TIME = datetime.timedelta(minutes=_AXES_COOLOFF_MINUTES)
# One client (IP) guessing one account. Locking a username alone would let anyone lock an editor
# out; locking an IP alone would lock every editor out behind a shared proxy or office NAT.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
# The real client IP: REMOTE_ADDR, or X-Forwarded-For as seen by TRUSTED_PROXY_COUNT proxies.
AXES_CLIENT_IP_CALLABLE = "csrs.middleware.client_ip_address"
AXES_COOLOFF_MESSAGE = (
    "Too many failed sign-in attempts for this account from your address. Sign-in is locked "
    f"for {_AXES_COOLOFF_MINUTES} minutes: try again later, or ask an administrator to unlock it."
)

# --- Uploads ----------------------------------------------------------------------------------
# Raster formats only: SVG can carry scripts. Wagtail checks the extension, then opens the file
# (a renamed HTML file is refused), its size, and its pixel count before Pillow decodes it.
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024  # 10 MB
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000  # e.g. 8000 x 5000: a decompression-bomb guard

# --- Two-step sign-in for the admin (django-otp TOTP; csrs/two_factor/) ---------------------
# Optional per user: whoever sets up an authenticator app (Account → Two-step sign-in) must enter
# a code at every sign-in. Members of the groups named in TWO_FACTOR_REQUIRED_GROUPS (comma-
# separated, e.g. "Editors") must set one up before they can use the admin.
TWO_FACTOR_REQUIRED_GROUPS = [
    name.strip()
    for name in os.environ.get("TWO_FACTOR_REQUIRED_GROUPS", "").split(",")
    if name.strip()
]
# Editors and superusers must use it too when this is on: production turns it on unless
# CSRS_REQUIRE_TWO_STEP_FOR_EDITORS=false (csrs/settings/production.py).
TWO_FACTOR_REQUIRED_FOR_EDITORS = False
OTP_TOTP_ISSUER = "CSRS Weekly Analysis"  # the account's name in authenticator apps
