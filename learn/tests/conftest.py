from tests.conftest import browser_context_args, browser_type_launch_args  # noqa: F401
