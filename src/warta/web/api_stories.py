"""Merge hook: corpus stories and events.

The ``stories`` (story clusters) and ``events`` layers are being built on their own branches.
When they land, add here, on this router (already mounted by :func:`warta.web.app.create_app`):

* ``GET /api/stories`` and ``GET /api/stories/{id}`` over the corpus story clusters, and
* ``GET /api/events?type=&actor=&since=&until=`` over stored events,

each a thin call into ``warta.corpus`` like the endpoints in :mod:`warta.web.api_corpus`, under
``request.app.state.access.corpus()`` (the per-thread connection with its time budget). The page
already renders a record's ``events`` (trigger spans highlighted) in the one-article view.
"""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter(tags=["cerita dan peristiwa"])
