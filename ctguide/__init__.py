"""ctguide: SMART performance indicators for counter-trafficking projects, with a guide that explains them."""

__version__ = "0.1.0"
