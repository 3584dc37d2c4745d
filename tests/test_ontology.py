"""The CAMEO 1.1b3 table and its PLOVER 2021 columns (eventwire/data/cameo.tsv)."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from eventwire.events import ontology
from eventwire.records import Cameo, Plover

SHARED = Path(__file__).resolve().parents[2] / "shared" / "reference"


def test_all_312_codes_are_strings_in_table_order():
    codes = ontology.all_codes()
    assert len(codes) == 312
    assert len(set(codes)) == 312
    assert all(re.fullmatch(r"\d{2,4}", c) for c in codes)
    assert codes[:3] == ("01", "010", "011")
    assert codes[-1] == "2042"
    assert len(ontology.roots()) == 20


def test_leading_zeros_matter():
    assert ontology.is_code("010")
    assert not ontology.is_code("10 ")
    assert not ontology.is_code(10)
    assert not ontology.is_code("0100")
    assert not ontology.is_code("42")


def test_cameo_record():
    rec = ontology.cameo("042")
    assert rec == Cameo(code="042", root="04", name="Make a visit", quad_class=1, goldstein=1.9)
    assert ontology.cameo("1823").root == "18"
    assert ontology.cameo("1823").goldstein == -10.0


@pytest.mark.parametrize(
    ("root", "quad"),
    [("01", 1), ("05", 1), ("06", 2), ("08", 2), ("09", 3), ("13", 3), ("14", 4), ("20", 4)],
)
def test_quad_class_follows_the_icews_gdelt_convention(root, quad):
    assert ontology.quad_class_of_root(root) == quad
    for code in ontology.all_codes():
        if code.startswith(root):
            assert ontology.cameo(code).quad_class == quad


def test_goldstein_range_and_sign():
    for code in ontology.all_codes():
        g = ontology.cameo(code).goldstein
        assert -10.0 <= g <= 10.0, code
    # material conflict is always negative, material cooperation always positive
    assert all(ontology.cameo(c).goldstein < 0 for c in ontology.all_codes() if c[:2] >= "14")
    assert all(
        ontology.cameo(c).goldstein > 0 for c in ontology.all_codes() if "06" <= c[:2] <= "08"
    )


def test_every_code_has_a_plover_type_and_a_basis():
    for code in ontology.all_codes():
        info = ontology.code_info(code)
        assert info.plover.type in ontology.PLOVER_TYPES, code
        assert info.plover_basis in {"plover2021", "eventwire"}, code
        if info.plover_basis == "eventwire":
            assert code[:2] in {"01", "02"}, code  # the families the PLOVER table is silent on
            assert info.note, f"{code}: an eventwire choice must say why"


def test_plover_examples():
    assert ontology.plover("036") == Plover("AGREE", None, "diplomatic")
    assert ontology.plover("0841") == Plover("RETREAT", "release", "legal")
    assert ontology.plover("163").type == "COERCE"  # the PLOVER table's own choice
    assert ontology.plover("1712").type == "ASSAULT"
    assert ontology.plover("0254").type == "REQUEST"
    assert ontology.plover("19") == ontology.plover("190")  # a root reads as its 0 code


def test_unknown_code_raises_a_helpful_key_error():
    with pytest.raises(KeyError, match="not a CAMEO 1.1b3 event code"):
        ontology.cameo("999")


def test_hierarchy_helpers():
    assert ontology.root_of("0231") == "02"
    assert ontology.parent("0231") == "023"
    assert ontology.parent("02") is None
    assert ontology.children("023") == ("0231", "0232", "0233", "0234")
    assert ontology.is_root("19") and not ontology.is_root("190")


def test_rows_for_the_codes_listing():
    rows = ontology.rows(plover=True)
    assert len(rows) == 312
    assert rows[0].keys() >= {"code", "name", "quad_class", "goldstein", "plover_type"}
    assert "plover_type" not in ontology.rows(plover=False)[0]


def test_lookups_are_fast():
    import time

    ontology.all_codes()
    start = time.perf_counter()
    for _ in range(100):
        for code in ontology.all_codes():
            ontology.cameo(code)
            ontology.plover(code)
    assert time.perf_counter() - start < 0.5


@pytest.mark.skipif(not SHARED.exists(), reason="reference tables not present")
def test_table_agrees_with_the_reference_facts():
    with (SHARED / "cameo_codes.csv").open(encoding="utf-8") as handle:
        reference = {r["code"]: r for r in csv.DictReader(handle)}
    assert set(reference) == set(ontology.all_codes())
    for code, row in reference.items():
        assert ontology.cameo(code).goldstein == float(row["goldstein"]), code
        assert ontology.root_of(code) == row["root_code"], code
