import base64

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from django.core.management.base import BaseCommand


def _b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


class Command(BaseCommand):
    help = ("Print a new VAPID key pair for Web Push reminders, as environment lines. "
            "Keep the private key secret; changing keys makes every phone subscribe again.")

    def handle(self, *args, **options):
        key = ec.generate_private_key(ec.SECP256R1())
        private = key.private_numbers().private_value.to_bytes(32, "big")
        public = key.public_key().public_bytes(serialization.Encoding.X962,
                                               serialization.PublicFormat.UncompressedPoint)
        self.stdout.write(f"WAGENMENNER_VAPID_PUBLIC_KEY={_b64url(public)}")
        self.stdout.write(f"WAGENMENNER_VAPID_PRIVATE_KEY={_b64url(private)}")
        self.stdout.write("WAGENMENNER_VAPID_SUBJECT=mailto:you@example.org")
