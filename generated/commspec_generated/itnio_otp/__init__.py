"""ITNIO Tech OTP task flows: typed client generated from specs/ by `nox -s generate`. Do not edit by hand."""
