"""IOVOX REST API v3 — CallFlow interface: typed client generated from specs/ by `nox -s generate`. Do not edit by hand."""
