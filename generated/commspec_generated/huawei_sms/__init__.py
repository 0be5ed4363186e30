"""Huawei Cloud Message & SMS sending (application access address, X-WSSE): typed client generated from specs/ by `nox -s generate`. Do not edit by hand."""
