"""Huawei Cloud IAM user tokens: typed client generated from specs/ by `nox -s generate`. Do not edit by hand."""
