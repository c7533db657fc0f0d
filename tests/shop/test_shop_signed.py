"""Signed lines on the shop server: the station's key registered at its first sync, lines by another key refused,
`rmos shop verify` checking every signature, and the shop as a witness that cosigns station checkpoints."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rmos_desktop.core.runs.checkpoints import check_checkpoints, make_checkpoint, record_cosigned
from rmos_desktop.core.runs.keys import SigningKey, init_key_pair, station_key
from rmos_desktop.core.services import open_recorder
from rmos_desktop.core.shop.config import ShopConfig, connect
from rmos_desktop.core.shop.sync import SyncRefused, push
from rmos_desktop.core.shop.verify import trust_station_key, verify_server
from rmos_desktop.core.shop.witness import witness
from tests.cli.helpers import rmos_json
from tests.conftest import load_example
from tests.shop.test_shop_core import make_runs


def pub_of(key: SigningKey) -> tuple[str, str]:
    return key.key_id_hex, key.public().to_minisign_pub()


def test_first_sync_registers_the_key_and_another_key_is_refused(shop_url, tmp_path, catalog):
    runs = tmp_path / "saw-1"
    runs.mkdir()
    make_runs(runs, catalog, ["green-veneer-line", "red-kerfcut-overspeed"])
    cfg = ShopConfig(shop_url, "saw-1", "settings file")
    assert push(runs, cfg, public_key=pub_of(station_key())).pushed == 2

    intruder = SigningKey.generate()
    from rmos_desktop.core.pipeline import rmos_toolpaths

    rmos_toolpaths(load_example("green-veneer-line"), recorder=open_recorder(runs, index=False, signer=intruder),
                   catalog=catalog)  # fmt: skip
    with pytest.raises(SyncRefused, match=rf"line 3: signed by key {intruder.key_id_hex}"):
        push(runs, cfg, public_key=pub_of(station_key()))
    with pytest.raises(SyncRefused, match="must run `rmos shop stations trust"):
        push(runs, cfg, public_key=pub_of(intruder))  # a station that now claims another key
    with connect(shop_url) as conn:
        assert conn.execute("SELECT count(*) FROM ledger_lines").fetchone()[0] == 2
        report = verify_server(conn)
    assert report.ok and report.signed == 2, report.problems


def test_verify_names_a_line_whose_signature_does_not_verify(shop_url, tmp_path, catalog):
    """A client that skips push's own check (here: a key the shop trusts, then trust taken from it by a newer
    key row is not possible - rows are insert-only - so we forge by pushing unsigned-checked lines) is still
    caught by verify: a line signed by a key the shop does not trust for the station is named."""
    runs = tmp_path / "saw-2"
    runs.mkdir()
    other = SigningKey.generate()
    recorder = open_recorder(runs, index=False, signer=other)
    from rmos_desktop.core.pipeline import rmos_toolpaths

    rmos_toolpaths(load_example("green-veneer-line"), recorder=recorder, catalog=catalog)
    cfg = ShopConfig(shop_url, "saw-2", "settings file")
    push(runs, cfg)  # no key registered yet: nothing to check against at push time
    with connect(shop_url) as conn:
        trust_station_key(conn, "saw-2", station_key().public().to_minisign_pub(), by="Pat")
        report = verify_server(conn)
    assert not report.ok
    assert any("which the shop does not trust" in p for p in report.problems), report.problems


def test_the_shop_witness_cosigns_and_a_rewrite_is_then_caught(shop_url, tmp_path, catalog):
    runs = tmp_path / "saw-1"
    runs.mkdir()
    make_runs(runs, catalog, ["green-veneer-line", "red-kerfcut-overspeed", "fret-slots-648"])
    recorder = open_recorder(runs, index=False)
    make_checkpoint(recorder, station_key())
    cfg = ShopConfig(shop_url, "saw-1", "settings file")
    push(runs, cfg, public_key=pub_of(station_key()))

    shop_key_path, shop_pub_path = init_key_pair(tmp_path / "shop")
    from rmos_desktop.core.runs.keys import load_public_key, load_signing_key

    shop_key, shop_pub = load_signing_key(shop_key_path), load_public_key(shop_pub_path)
    with connect(shop_url) as conn:
        first = witness(conn, shop_key)
        again = witness(conn, shop_key)
    assert [c["size"] for c in first.cosigned] == [3] and not first.refused
    assert again.cosigned == [] and again.already == 1

    result = push(runs, cfg, public_key=pub_of(station_key()))
    assert len(result.cosigned) == 1
    assert record_cosigned(recorder, result.cosigned[0], checked="test", by="shop") is not None
    assert record_cosigned(recorder, result.cosigned[0], checked="test", by="shop") is None  # once
    findings = check_checkpoints(runs, [shop_pub])  # the station's own record has no shop signature: not ok
    assert [f.check.checkpoint.size for f in findings if f.ok] == [3], [f.as_dict() for f in findings]

    # Someone with full control of the workstation rewrites line 2 and re-chains everything after it: the
    # shop-cosigned checkpoint (size 3) no longer matches the ledger.
    from tests.shop.test_shop_core import rewrite_line

    rewrite_line(runs, 2)
    findings = check_checkpoints(runs, [shop_pub])
    assert not any(f.ok for f in findings)
    assert any("extend" in (f.problem or "") for f in findings), [f.as_dict() for f in findings]


def test_witness_and_sync_through_the_cli(shop_url, tmp_path, catalog):
    env = {"RMOS_SHOP_URL": shop_url, "RMOS_STATION": "saw-9", "RMOS_RUNS_DIR": str(tmp_path / "runs")}
    (tmp_path / "runs").mkdir()
    make_runs(tmp_path / "runs", catalog, ["green-veneer-line"])
    make_checkpoint(open_recorder(tmp_path / "runs", index=False), station_key())
    assert rmos_json("shop", "sync", env=env)[0] == 0
    key, _ = init_key_pair(tmp_path / "shop")
    code, out, err = rmos_json("shop", "witness", "--key", key, env=env)
    assert code == 0 and [c["station"] for c in out["cosigned"]] == ["saw-9"], err
    code, out, err = rmos_json("shop", "sync", env=env)
    assert code == 0 and out["cosigned_recorded"] == 1, err
    notes = [json.loads(p.read_text()) for p in Path(tmp_path / "runs" / "records" / "checkpoints").glob("*/*.json")]
    assert sorted(n["action"] for n in notes) == ["checkpoint", "cosign"]
