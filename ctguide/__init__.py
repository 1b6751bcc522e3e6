"""ctguide: SMART performance indicators for counter-trafficking projects, with a guide that explains them."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("ctguide")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"
