from django.core.management.base import BaseCommand, CommandError

from safety import crisis_model_build as build
from safety.crisis_model import MODEL_PATH


class Command(BaseCommand):
    help = ("Train the crisis detector's model on the project's labelled rows and write "
            "safety/crisis_model.json (the same bytes on every build).")

    def add_arguments(self, parser):
        parser.add_argument("--check", action="store_true",
                            help="write nothing; fail if the shipped file differs from a build")

    def handle(self, *args, check=False, **options):
        data, _, _ = build.build()
        text = build.dumps(data)
        if check:
            if MODEL_PATH.read_text(encoding="utf-8") != text:
                raise CommandError(f"{MODEL_PATH.name} is not what a build gives: "
                                   "run 'wagenmenner build-crisis-model'")
            self.stdout.write(f"{MODEL_PATH.name} is up to date.")
            return
        MODEL_PATH.write_text(text, encoding="utf-8")
        self.stdout.write(f"{MODEL_PATH.name}: {sum(map(len, data['weights'].values()))} n-grams, threshold "
                          f"{data['threshold']}, trained on {data['meta']['rows']} rows.")
