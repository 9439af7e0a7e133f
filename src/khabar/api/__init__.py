"""HTTP API and web page (``khabar serve``): see :func:`khabar.api.app.create_app`."""
