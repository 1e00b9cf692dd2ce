"""TimeML reading/writing and the TempEval-3 counting, on a small real-shaped document."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from dateline.model import PublicationDate, TimeExpression
from dateline.time.evaluate import count_document, pubdate_report, score
from dateline.time.timeml import read_timeml, write_timeml

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>APW19980807.0261</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" temporalFunction="false" \
functionInDocument="CREATION_TIME">19980807</TIMEX3></DCT>
<TEXT>
Bombs exploded <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3> &amp; killed dozens; talks \
<EVENT eid="e1" class="OCCURRENCE">resume</EVENT> <TIMEX3 tid="t2" type="DATE" value="1998-W33">next week</TIMEX3>.
</TEXT>
</TimeML>
"""


def test_read_and_write_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "a.tml"
    path.write_text(TML, encoding="utf-8")
    doc = read_timeml(path)
    assert doc.dct == date(1998, 8, 7)
    assert [(t.text, t.value) for t in doc.timexes] == [("Friday", "1998-08-07"), ("next week", "1998-W33")]
    assert "&" in doc.text and "<" not in doc.text
    write_timeml(doc, doc.timexes, tmp_path / "b.tml")
    again = read_timeml(tmp_path / "b.tml")
    assert (again.text, again.timexes) == (doc.text, doc.timexes)
    assert '<TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3> &amp; killed' in \
        (tmp_path / "b.tml").read_text()


def test_tempeval_counting() -> None:
    gold = [TimeExpression(0, 6, "Friday", "DATE", "1998-08-07"),
            TimeExpression(10, 19, "next week", "DATE", "1998-W33")]
    system = [TimeExpression(0, 14, "Friday morning", "TIME", "1998-08-07"),
              TimeExpression(30, 34, "now", "DATE", "PRESENT_REF")]
    counts = count_document(gold, system)
    assert (counts.relaxed, counts.strict, counts.type_ok, counts.value_ok) == (1, 0, 0, 1)
    scores = score([(gold, system)])
    assert (scores.relaxed.precision, scores.relaxed.recall) == (0.5, 0.5)
    assert scores.value.f1 == 0.5 * 1.0 and scores.type.f1 == 0.0


def test_pubdate_report() -> None:
    truth = date(2024, 3, 22)
    report = pubdate_report([(truth, PublicationDate.on(truth, "text")),
                             (truth, PublicationDate(date(2024, 3, 21), date(2024, 3, 27), "text")),
                             (truth, PublicationDate.on(date(2024, 3, 1), "text")),
                             (truth, PublicationDate())])
    assert (report.exact, report.holds, report.wrong, report.unknown) == (1, 2, 1, 1)
    assert report.median_width_days == 1
