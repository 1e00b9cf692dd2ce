"""TimeML reading and writing on a small real-shaped document, and ``dateline eval timeml``."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from typer.testing import CliRunner

from dateline.cli import app
from dateline.evaluation.timeml import read_timeml, write_timeml

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


def test_eval_timeml_tags_the_text_and_keeps_the_rest(tmp_path: Path) -> None:
    """TempEval-3 input (the gold tags gone) comes back with our TIMEX3s, anchored on its creation time."""
    bare = TML.replace('<TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3>', "Friday").replace(
        '<TIMEX3 tid="t2" type="DATE" value="1998-W33">next week</TIMEX3>', "next week")
    (tmp_path / "in" / "AQUAINT").mkdir(parents=True)
    (tmp_path / "in" / "AQUAINT" / "a.tml").write_text(bare, encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", "timeml", str(tmp_path / "in"), str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert result.output == f"annotated 1 files into {tmp_path / 'out'}\n"
    tagged = read_timeml(tmp_path / "out" / "AQUAINT" / "a.tml")
    assert [(t.text, t.type, t.value) for t in tagged.timexes] == [
        ("Friday", "DATE", "1998-08-07"), ("next week", "DATE", "1998-W33")]
    assert (tmp_path / "out" / "AQUAINT" / "a.tml").read_text(encoding="utf-8").startswith(
        bare[:bare.index("<TEXT>")])
