"""govreport: facts from Chinese government work reports and investment news.

The public surface is deliberately small: run the pipeline with :func:`run` (many paths)
or :func:`run_bytes` (one file's bytes), configure it with :class:`Config`, and read
:class:`Document` results; errors derive from :class:`GovreportError`.
"""

from .config import Config
from .errors import GovreportError, InputError
from .model import Document, Fact
from .pipeline import Outcome, run, run_bytes

__version__ = "0.1.0"

__all__ = ["Config", "Document", "Fact", "GovreportError", "InputError", "Outcome", "run", "run_bytes", "__version__"]
