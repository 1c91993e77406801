"""Imported once by the reader pool's fork server (``set_forkserver_preload``): one short read there
loads every model and word list, so each worker forked from it — a replacement after a kill too —
answers its first request at full speed instead of spending a second or more loading them inside
the request's time budget."""

from warta.pipeline import read

read("Jakarta - Harga beras di Bekasi turun sejak Senin (1/9), kata Budi Santoso, Kepala Dinas Pangan.")
