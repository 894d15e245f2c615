"""Share cards: the Open Graph / Twitter image of an issue, one per language.

Issues travel in Afghanistan as links on WhatsApp, Facebook and Telegram, which show the page's
``og:image``. Each language gets its own card (title in its script and font, number and week in
its digits and calendar), drawn with Pillow and libraqm, which shapes Arabic-script letters and
lays the line out right to left. Cards are built on publish, beside the PDF edition, stored in
the media storage and served by :mod:`issues.sharecards.views`.
"""
