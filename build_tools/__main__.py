"""`python -m build_tools COMMAND`: see build_tools/cli.py."""

from build_tools.cli import main

main()
