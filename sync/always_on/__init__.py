"""Always-on sync: a Syncthing that carries the sync folder (ARCHITECTURE §7).

Caucus's own encryption and signatures stay the security boundary; Syncthing is only
the carrier of the bundles that :mod:`sync.folder` writes. This package holds the parts
that speak to Syncthing and know nothing of the vault:

- :mod:`.identity` — device IDs and addresses, read and checked
- :mod:`.rest` — a small client of Syncthing's REST API (127.0.0.1 only)
- :mod:`.process` — finding, starting and stopping the Syncthing that Caucus owns
- :mod:`.config` — configuring exactly one folder shared with exactly the roster's devices
- :mod:`.events` — waiting on Syncthing's event API for arrivals

The use cases (switching on and off, status, adding a box) are :mod:`sync.ops.always_on`.
"""
