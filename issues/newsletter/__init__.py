"""The Weekly Analysis by email, in each reader's language.

- ``subscribing``: double opt-in, unsubscribe and "my languages" (signed links, no account);
  ``ratelimit`` and ``views`` keep the public form abuse-proof and the page cache working.
- ``mailings``: one mailing per issue and language when that language goes live (any path ends
  in Wagtail's ``page_published``), its recipients cut into batches by subscriber id.
- ``tasks``: the background tasks that send a batch, with retries (``issues/background``).
- ``email``: the message itself: HTML with inlined CSS, plain text, RFC 8058 headers.
- ``tracking``: bounces and complaints from providers (anymail's tracking signal).
- ``admin_views`` and ``admin_hooks``: subscribers and mailings for editors.
"""
