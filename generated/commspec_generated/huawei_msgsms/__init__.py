"""Huawei Cloud MSGSMS v2 SMS templates: typed client generated from specs/ by `nox -s generate`. Do not edit by hand."""
