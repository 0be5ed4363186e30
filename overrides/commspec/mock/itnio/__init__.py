"""The ITNIO Tech fake: state in ``models``, HTTP semantics in ``responses``."""
