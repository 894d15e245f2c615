"""A mail backend that drops the connection on chosen addresses a given number of times."""

from __future__ import annotations

import smtplib

from django.core.mail.backends import locmem


class EmailBackend(locmem.EmailBackend):
    failing = {}  # address -> how many more times sending to it fails

    def send_messages(self, messages):
        for message in messages:
            for address in message.to:
                if self.failing.get(address, 0) > 0:
                    self.failing[address] -= 1
                    raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")
        return super().send_messages(messages)
