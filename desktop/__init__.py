"""Plan: offline drafting of municipal social-service strategies and action plans."""

__version__ = "0.1.0"
APP_NAME = "Plan"
