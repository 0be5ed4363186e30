"""The distribution's version, and the User-Agent every request carries: vendors' support desks can
tell commspec's traffic (and its version) from any other httpx client's."""

__version__ = "0.1.0"
USER_AGENT = f"commspec/{__version__}"
