"""Attribution: who is named, who said what, and which figures came from whom.

Importing this package registers the ``dateline_quotes`` and ``dateline_figures`` spaCy components;
add them after the stock model: ``nlp.add_pipe("dateline_quotes"); nlp.add_pipe("dateline_figures")``.
"""

from dateline.extract.figures import figures_component, find_figures
from dateline.extract.quotes import find_quotes, quotes_component

__all__ = ["figures_component", "find_figures", "find_quotes", "quotes_component"]
