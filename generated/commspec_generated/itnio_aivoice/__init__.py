"""ITNIO Tech AI voice outbound tasks: typed client generated from specs/ by `nox -s generate`. Do not edit by hand."""
