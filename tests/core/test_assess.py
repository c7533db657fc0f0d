"""`assess`: one parse -> plan -> feasibility -> decision per request, the same verdict every caller sees,
and the YELLOW acknowledgement record built in core."""

import hashlib
import json
from datetime import UTC, datetime, timedelta, timezone

import pytest

from rmos_desktop.core.assess import acknowledgement_record, assess, resolve_mode
from rmos_desktop.core.feasibility import engine as engine_mod
from rmos_desktop.core.feasibility import evaluate_feasibility
from rmos_desktop.core.jobs import parse_job
from rmos_desktop.core.safety import SafetyPolicy, compute_saw_safety_decision
from tests.conftest import load_example

EXAMPLES = {
    "green-veneer-line": ("GREEN", False),
    "yellow-veneer-fast": ("YELLOW", False),
    "red-kerfcut-overspeed": ("RED", True),
    "red-missing-feed": ("RED", True),
    "unknown-missing-rpm": ("UNKNOWN", True),
    "kerf-array-side-kerfs": ("GREEN", False),
    "fret-slots-648": ("GREEN", False),
}


def stdlib_json_hash(obj):
    text = json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_assess_gives_the_same_verdict_as_the_separate_steps(catalog, name):
    raw = load_example(name)
    level, blocked = EXAMPLES[name]
    a = assess(raw, catalog)
    assert str(a.risk_level) == level
    assert a.blocked is blocked
    separate = evaluate_feasibility(parse_job(raw), catalog)
    assert a.report == separate
    assert a.decision == compute_saw_safety_decision(separate)


def test_the_policy_decides_blocked(catalog):
    raw = load_example("unknown-missing-rpm")
    assert assess(raw, catalog).blocked is True
    lenient = SafetyPolicy(treat_unknown_as_red=False)
    assert assess(raw, catalog, lenient).blocked is False


def test_each_request_is_planned_once(catalog, monkeypatch):
    calls = []
    real = engine_mod.plan_job

    def counting(*a, **k):
        calls.append(1)
        return real(*a, **k)

    monkeypatch.setattr(engine_mod, "plan_job", counting)
    a = assess(load_example("kerf-array-side-kerfs"), catalog)
    assert len(calls) == 1
    assert a.plan is not None and a.plan.cut_count == load_example("kerf-array-side-kerfs")["cut"]["count"]


def test_an_unplannable_request_names_why(catalog):
    raw = {k: v for k, v in load_example("green-veneer-line").items() if k != "depth_mm"}
    a = assess(raw, catalog)
    assert a.plan is None and a.planned.problem == "depth_mm: field required"
    assert str(a.risk_level) == "UNKNOWN" and a.blocked


def test_request_hash_is_the_documented_recipe(catalog):
    raw = load_example("green-veneer-line")
    a = assess(raw, catalog)
    assert a.request_summary == parse_job(raw).request.model_dump(mode="json")
    assert a.request_sha256 == stdlib_json_hash(a.request_summary)
    assert (a.tool_id, a.mode) == ("saw:veneer_160", "saw")


def test_a_job_request_and_a_parse_assess_like_the_dict(catalog):
    raw = load_example("yellow-veneer-fast")
    by_dict = assess(raw, catalog)
    parse = parse_job(raw)
    assert assess(parse, catalog).report == by_dict.report
    by_request = assess(parse.request, catalog)
    assert by_request.report == by_dict.report
    assert by_request.request_sha256 == by_dict.request_sha256


@pytest.mark.parametrize("raw", [None, [1, 2], "text", {"tool_id": 5}, {}])
def test_bad_input_is_unknown_never_an_exception(catalog, raw):
    a = assess(raw, catalog)
    assert str(a.risk_level) == "UNKNOWN" and a.blocked and a.request is None
    assert len(a.request_sha256) == 64 and a.mode == "unknown" and a.tool_id == ""


def test_resolve_mode():
    assert [resolve_mode(t) for t in ("saw:a", "router:b", "drill:c", "")] == ["saw", "router", "unknown", "unknown"]


def test_acknowledgement_record_names_who_what_which_request_and_when(catalog):
    raw = load_example("yellow-veneer-fast")
    a = assess(raw, catalog)
    assert a.needs_acknowledgement
    when = datetime(2026, 3, 4, 5, 6, 7, 890000, tzinfo=timezone(timedelta(hours=2)))
    ack = acknowledgement_record(a, operator="Dana", now=lambda: when)
    assert list(ack) == ["by", "warnings", "request_sha256", "at_utc"]
    assert ack["by"] == "Dana"
    assert ack["warnings"] == a.decision.warnings and ack["warnings"]  # YELLOW always says why
    assert ack["request_sha256"] == stdlib_json_hash(parse_job(raw).request.model_dump(mode="json"))
    assert ack["at_utc"] == "2026-03-04T03:06:07.890000Z"  # converted to UTC
    assert acknowledgement_record(a, operator="")["by"] is None
    now = datetime.now(UTC)
    stamp = datetime.fromisoformat(acknowledgement_record(a, operator=None)["at_utc"].replace("Z", "+00:00"))
    assert abs((stamp - now).total_seconds()) < 60


@pytest.mark.parametrize("name", ["green-veneer-line", "red-kerfcut-overspeed", "unknown-missing-rpm"])
def test_only_a_yellow_request_is_acknowledged(catalog, name):
    a = assess(load_example(name), catalog)
    assert not a.needs_acknowledgement
    with pytest.raises(ValueError, match="only a complete YELLOW request"):
        acknowledgement_record(a, operator="Dana")


@pytest.mark.parametrize("name", ["green-veneer-line", "yellow-veneer-fast", "red-kerfcut-overspeed"])
def test_check_payload_is_what_rmos_check_prints(catalog, name, capsys):
    """So `rmos check` can print `assess(...).check_payload()` without changing its documented output."""
    from rmos_desktop import cli
    from tests.conftest import examples_dir

    code = cli.main(["check", str(examples_dir() / f"{name}.json"), "--json"])
    printed = json.loads(capsys.readouterr().out)
    a = assess(load_example(name), catalog)
    assert a.check_payload() == printed
    assert code == (3 if a.blocked else 0)
