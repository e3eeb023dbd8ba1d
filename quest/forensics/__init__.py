"""Checks on the picture itself: where else it appeared (a local archive searched by perceptual
hashes), what its metadata says, and what error levels and noise show.

Pure functions on image files, with no pygame: the game runs them in a worker process
(quest.forensics.lab) so that decoding and analysis never hold up a frame, and `mil-quest check`
runs them to test what a scenario's clues claim.
"""
