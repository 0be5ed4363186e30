"""``python -m commspec.demo``."""

from commspec.demo import main

main()
