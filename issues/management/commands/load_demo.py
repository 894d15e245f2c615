from django.conf import settings
from django.core.management.base import BaseCommand

from issues.demo.loader import DEMO_PASSWORD, DEMO_USERNAME, load_demo


class Command(BaseCommand):
    help = "Build the demo site (pages, settings, topics, three issues in four languages, admin)."

    def handle(self, *args, **options):
        report = load_demo()
        for item in report.created:
            self.stdout.write(f"created   {item}")
        for item in report.unchanged:
            self.stdout.write(f"unchanged {item}")
        if not report.created:
            self.stdout.write(self.style.SUCCESS("Demo content already present: nothing changed."))
        if report.admin_password_is_demo:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Admin: {settings.WAGTAILADMIN_BASE_URL.rstrip('/')}/admin/  "
                    f"user: {DEMO_USERNAME}  "
                    f"password: {DEMO_PASSWORD}"
                )
            )
        else:
            self.stdout.write(f"Admin user {DEMO_USERNAME} exists with a password of its own.")
