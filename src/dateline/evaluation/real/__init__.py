"""``dateline eval real``: Dateline on modern news it was never tuned on, scored part by part.

The gold set is labelled by hand in ``eval/real/`` (one JSON file per article, see its README); the
articles themselves stay outside the repository, in a folder holding ``html/<id>.html`` (raw pages),
``text/<id>.txt`` (plain-text scrapes with their furniture) and ``gold/<id>.body.txt`` (the main text a
public extraction benchmark gives for the page). Each input kind is one *part*: its files are built into
a temporary store by :func:`dateline.pipeline.build`, exactly as ``dateline build`` would, and every
number is read back from that store, so the measure is of the product, not of a copy of it.

Labels are matched to the stored text by their words, never by offsets: a label is a short excerpt
(a quote's opening words, a figure as written, a time expression), found in the article text after
folding case, quote marks and spacing. Labels marked ``optional`` are neither required nor held
against a prediction that finds them. Baselines run on the same pages: htmldate alone for publication
dates, trafilatura's main-text extraction alone for main text and boilerplate.
"""

from dateline.evaluation.real.report import format_report
from dateline.evaluation.real.run import PARTS, evaluate

__all__ = ["PARTS", "evaluate", "format_report"]
