"""A fingerprint of the code that decides what the analysis stage stores.

The stored analysis of an article depends on the spaCy model, the pipeline's components, and Dateline's
own code that runs in it: the modules that define the pipeline's components, the module that makes the Doc
the components read (:mod:`dateline.nlp.pipeline`), the module that turns a processed Doc into the records
the store keeps (:mod:`dateline.nlp.analysis`), and every Dateline module these import, directly or not.
Nothing else: editing an evaluation command, an exporter or the web app leaves the fingerprint as it was,
so it never sends a store back through a parse it does not need.

The imports are read from the source with :mod:`ast` rather than taken from a library: ``modulefinder``
(stdlib) follows every third-party import too (spaCy, numpy, thinc: seconds at every build); an import
graph library (grimp) would be a run-time dependency for some twenty lines; and what is imported at run
time (``sys.modules``) depends on what else the process loaded, so the fingerprint would change with the
command that ran the build. Reading our own source files is fast and gives the same set in any process.
An import inside a function counts like one at the top, and importing a module runs every package
``__init__`` above it, so those count too.
"""

from __future__ import annotations

import ast
import hashlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.language import Language

#: The ``dateline`` package folder; a module ``dateline.a.b`` is ``a/b.py`` or ``a/b/__init__.py`` in it.
PACKAGE_DIR = Path(__file__).resolve().parent.parent
PACKAGE = PACKAGE_DIR.name
#: Besides the components' own modules: how the build makes a Doc, and how a processed Doc becomes records.
ANALYSIS_MODULES = ("dateline.nlp.pipeline", "dateline.nlp.analysis")


def analysis_fingerprint(nlp: Language, package_dir: Path = PACKAGE_DIR) -> str:
    """The spaCy model's name and version, the pipe names in order, and the source of every module in
    :func:`analysis_modules`, hashed (16 hex digits)."""
    digest = hashlib.sha256(f"{nlp.meta['name']} {nlp.meta['version']} {' '.join(nlp.pipe_names)}".encode())
    for path in sorted(module_file(module, package_dir) for module in analysis_modules(nlp, package_dir)):
        digest.update(path.relative_to(package_dir).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def analysis_modules(nlp: Language, package_dir: Path = PACKAGE_DIR) -> set[str]:
    """The Dateline modules whose code decides what analysing an article with ``nlp`` stores."""
    return import_closure([*component_modules(nlp), *ANALYSIS_MODULES], package_dir)


def component_modules(nlp: Language) -> list[str]:
    """The Dateline modules that define ``nlp``'s components; a stock or plugin component is covered by its
    pipe name and the model's version instead."""
    # a component function names its module; an instance (spaCy's compiled pipes included) its class's
    modules = (getattr(pipe, "__module__", type(pipe).__module__) for _, pipe in nlp.pipeline)
    return sorted({module for module in modules if module == PACKAGE or module.startswith(PACKAGE + ".")})


def import_closure(roots: Iterable[str], package_dir: Path = PACKAGE_DIR) -> set[str]:
    """``roots`` and every Dateline module they import, directly or through one another, with the packages
    that hold them."""
    found: set[str] = set()
    pending = list(roots)
    while pending:
        module = pending.pop()
        if module in found or not module_file(module, package_dir).is_file():
            continue
        found.add(module)
        pending.extend(_packages_above(module))
        pending.extend(_imported(module, package_dir))
    return found


def module_file(module: str, package_dir: Path = PACKAGE_DIR) -> Path:
    """The source file of a ``dateline`` module or package (which need not exist: ``from a import name``
    names a function as often as a module)."""
    path = package_dir.joinpath(*module.split(".")[1:])
    return path / "__init__.py" if path.is_dir() else path.with_suffix(".py")


def _packages_above(module: str) -> Iterator[str]:
    parts = module.split(".")
    for end in range(1, len(parts)):
        yield ".".join(parts[:end])


def _imported(module: str, package_dir: Path) -> Iterator[str]:
    """The ``dateline`` names ``module`` imports: modules, and for ``from m import x`` both ``m`` and
    ``m.x`` (the caller keeps those that are files)."""
    path = module_file(module, package_dir)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_bytes(), filename=str(path))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = _absolute(node, package)
            names = [base, *(f"{base}.{alias.name}" for alias in node.names)]
        else:
            continue
        yield from (name for name in names if name == PACKAGE or name.startswith(PACKAGE + "."))


def _absolute(node: ast.ImportFrom, package: str) -> str:
    """The module a ``from … import`` reads from, relative imports (``from .x import y``) resolved."""
    if not node.level:
        return node.module or ""
    base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
    return f"{base}.{node.module}" if node.module else base
