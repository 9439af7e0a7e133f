"""khabar: multilingual news to checkable facts."""
__version__ = "0.1.0"
