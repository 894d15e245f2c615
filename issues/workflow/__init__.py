"""The translation workflow: roles, states, enforcement, per-language publishing, notifications.

Modules:
- ``roles``: the Wagtail groups and what a user may do in which language.
- ``states``: the states of one language of one issue and who may move it where.
- ``content``: the translatable fields, their plain text, fingerprints, progress and diffs.
- ``forms``: the issue editor's form, which applies only permitted, changed fields.
- ``actions``: state transitions, outdated detection and one-language publishing (the API).
- ``notifications``: mail to translators, reviewers and editors in their own language.
"""
