"""The container's HEALTHCHECK: GET /healthz on this container, exit 0 on 200, 1 otherwise.

Sends the first of ALLOWED_HOSTS as Host (Django refuses unknown hosts) and
X-Forwarded-Proto: https (as the TLS proxy would), so neither ALLOWED_HOSTS nor the HTTPS
redirect get in the way. Standard library only: the image needs no curl.
"""

import http.client
import os
import sys


def main() -> int:
    hosts = [h.strip().lstrip(".") for h in os.environ.get("ALLOWED_HOSTS", "").split(",")]
    host = next((h for h in hosts if h and h != "*"), "localhost")
    port = int(os.environ.get("PORT", "8000"))
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=4)
    try:
        connection.request("GET", "/healthz", headers={"Host": host, "X-Forwarded-Proto": "https"})
        response = connection.getresponse()
    except OSError as error:
        print(f"healthcheck: {error}", file=sys.stderr)
        return 1
    finally:
        connection.close()
    if response.status != 200:
        print(f"healthcheck: /healthz answered {response.status}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
