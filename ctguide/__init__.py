"""ctguide: SMART performance indicators for counter-trafficking projects, with a guide that explains them."""

__version__ = "0.1.0"

from ctguide import classcode  # noqa: E402

classcode.install()  # before any record is defined: their methods come compiled
