"""Continuous monitoring: ``khabar watch CONFIG`` polls folders and feeds,
runs new articles through the same pipeline and store, links them
incrementally, and fires saved-query alerts once per new or grown event."""
