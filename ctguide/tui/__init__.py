"""The Textual shell: the only package that imports textual."""

from ctguide.tui.app import CtGuideApp

__all__ = ["CtGuideApp"]
