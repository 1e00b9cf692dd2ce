"""Commands of the ``dateline`` shell that are more than a line or two, mounted by :mod:`dateline.cli`."""
