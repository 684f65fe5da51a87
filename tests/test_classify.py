"""Objective and theme classification measured against hand labels (tests/labels/*.toml).

Reports primary accuracy and micro-F1 over (action, objective) labels, overall and per county,
and a leave-one-county-out figure (parameters tuned on two counties, measured on the third).
Run with `-s` to see the figures.
"""

from __future__ import annotations

import random

import pytest

from compare.classify import (
    METHOD_CROSS_CUTTING,
    METHOD_HEADING,
    METHOD_INHERITED,
    METHOD_LEXICON,
    METHOD_RULE,
    ClassifyParams,
    ClassItem,
    classify,
    heading_objective,
    objective_scores,
)
from compare.terms import compile_term, find_terms, fold, looks_folded, normalise, prepare
from compare.themes import classify_themes
from models.frameworks import DEFAULT_FRAMEWORK, Framework, load_frameworks
from tests.classify_labels import (
    COUNTIES,
    Prepared,
    load_document,
    prepare_documents,
    run,
    tune,
)

PRIMARY_TARGET = 0.85
MICRO_F1_TARGET = 0.80


@pytest.fixture(scope="module")
def framework() -> Framework:
    return load_frameworks()[DEFAULT_FRAMEWORK]


@pytest.fixture(scope="module")
def prepared(framework: Framework) -> dict[str, Prepared]:
    return prepare_documents(COUNTIES, framework)


def test_labels_cover_every_action_of_the_three_plans() -> None:
    sizes = {name: len(load_document(name).gold) for name in COUNTIES}
    assert sizes == {"stockholm": 41, "vastmanland": 36, "kronoberg": 20}


def test_targets_overall_and_per_county(
    framework: Framework, prepared: dict[str, Prepared]
) -> None:
    params = ClassifyParams()
    for name in COUNTIES:
        print(f"\n{name:12s} {run([prepared[name]], framework, params)}")
    overall = run(prepared.values(), framework, params)
    print(f"{'overall':12s} {overall}")
    assert overall.primary_accuracy >= PRIMARY_TARGET
    assert overall.micro_f1 >= MICRO_F1_TARGET


def test_leave_one_county_out(framework: Framework, prepared: dict[str, Prepared]) -> None:
    held_out_scores = []
    for held_out in COUNTIES:
        training = [prepared[name] for name in COUNTIES if name != held_out]
        params, train_scores = tune(training, framework)
        scores = run([prepared[held_out]], framework, params)
        held_out_scores.append(scores)
        print(f"\nLOCO held out {held_out:12s} {scores}   (train: {train_scores})")
        print(f"    tuned: {params}")
    mean_primary = sum(s.primary_accuracy for s in held_out_scores) / len(held_out_scores)
    mean_f1 = sum(s.micro_f1 for s in held_out_scores) / len(held_out_scores)
    print(f"LOCO mean primary_acc={mean_primary:.3f} micro-F1={mean_f1:.3f}")
    # a floor, not the target: a held-out county must not collapse
    assert min(s.primary_accuracy for s in held_out_scores) >= 0.70
    assert min(s.micro_f1 for s in held_out_scores) >= 0.75


def test_every_label_has_evidence_and_a_known_method(
    framework: Framework, prepared: dict[str, Prepared]
) -> None:
    allowed = {METHOD_LEXICON, METHOD_RULE, METHOD_HEADING, METHOD_INHERITED, METHOD_CROSS_CUTTING}
    codes = {*framework.codes, framework.cross_cutting.code}
    count = 0
    for doc in prepared.values():
        labels = classify(doc.document.items, framework)
        assert set(labels) == {item.key for item in doc.document.items}  # goals included
        for item_labels in labels.values():
            assert sum(label.is_primary for label in item_labels) == 1
            assert item_labels[0].is_primary
            if any(label.objective_code == framework.cross_cutting.code for label in item_labels):
                assert len(item_labels) == 1  # cross-cutting is never mixed with objectives
            for label in item_labels:
                count += 1
                assert label.evidence.strip()
                assert label.method in allowed
                assert label.objective_code in codes
                assert 0.0 <= label.score <= 1.0
    assert count > 150


def test_result_does_not_depend_on_keys_or_order(
    framework: Framework, prepared: dict[str, Prepared]
) -> None:
    doc = prepared["stockholm"].document
    before = classify(doc.items, framework)
    rename = {item.key: f"k{i:03d}" for i, item in enumerate(doc.items)}
    renamed = [
        ClassItem(rename[i.key], i.text, i.kind, rename.get(i.parent_key or ""), i.folded)
        for i in doc.items
    ]
    random.Random(7).shuffle(renamed)
    after = classify(renamed, framework)
    for key, labels in before.items():
        assert [(x.objective_code, x.is_primary) for x in after[rename[key]]] == [
            (x.objective_code, x.is_primary) for x in labels
        ]


def test_compounds_are_split_by_stems(framework: Framework) -> None:
    items = [
        ClassItem("a", "Stödja spridning av våldsförebyggande metoder"),
        ClassItem("b", "Erbjuda återfallsförebyggande insatser"),
        ClassItem("c", "Genomföra kunskapshöjande insatser"),
    ]
    labels = classify(items, framework)
    assert labels["a"][0].objective_code == "1"
    assert "våldsförebyggande" in labels["a"][0].evidence
    assert labels["b"][0].objective_code == "1"
    assert "återfallsförebyggande" in labels["b"][0].evidence
    assert labels["c"][0].objective_code == "4"
    assert labels["c"][0].method == METHOD_RULE  # a knowledge deliverable (codebook R3)
    assert "kunskapshöjande" in labels["c"][0].evidence


def test_ocr_folded_text_matches_like_clean_text(framework: Framework) -> None:
    clean = "Öka tillgängligheten av våldsförebyggande insatser i förskola och skola."
    ocr = "Oka tillgingligheten av vildsforebyggande in- satser i forskola och skola."
    assert looks_folded(ocr) and not looks_folded(clean)
    assert normalise(ocr).count("insatser") == 1
    labels = classify([ClassItem("c", clean), ClassItem("o", ocr, folded=True)], framework)
    assert labels["c"][0].objective_code == labels["o"][0].objective_code == "1"
    assert "vildsforebyggande" in labels["o"][0].evidence
    assert len(fold("Våld & I&net")) == len("Våld & I&net")


def test_term_syntax() -> None:
    text = prepare("Hälso- och sjukvården ger stödet till våldsutsatta")
    assert find_terms(text, (compile_term("stöd"),))  # via the lemma
    assert not find_terms(text, (compile_term("sjuk"),))  # a whole word (or lemma) only
    assert find_terms(text, (compile_term("sjukvård*"),))
    assert find_terms(text, (compile_term("*utsatt*"),))
    assert find_terms(text, (compile_term("hälso- och sjukvård*"),))


def test_heading_naming_a_national_objective_is_strong_evidence(framework: Framework) -> None:
    assert heading_objective("Effektivare brotts- bekdmpning.", framework) is not None
    assert (
        heading_objective("MÅL 5: RÄTTSVÅRDANDE MYNDIGHETER HÅLLER GOD KVALITET", framework) is None
    )
    items = [
        ClassItem("h", "Effektivare brotts- bekdmpning.", "goal"),
        ClassItem(
            "d", "Stärka det förebyggande arbetet mot grooming och människohandel.", "goal", "h"
        ),
        ClassItem("a", "Sprida information om webbutbildning.", "action", "d"),
    ]
    labels = classify(items, framework)
    assert labels["h"][0].objective_code == "3" and labels["h"][0].method == METHOD_HEADING
    # the action's own words (a web course: a knowledge deliverable) outweigh the heading's
    # objective, which stays as a secondary that names the heading (codebook R1, R3)
    assert labels["a"][0].objective_code == "4"
    assert "regel R3" in labels["a"][0].evidence
    # the goal under the heading keeps both what it says (1) and what its heading names (3)
    assert {label.objective_code for label in labels["d"]} == {"1", "3"}
    assert any("rubriken" in label.evidence for label in labels["d"])


def test_actions_inherit_from_their_goal(framework: Framework) -> None:
    items = [
        ClassItem(
            "g", "MÅL 2: VÅLDSUTÖVARE HAR TILLGÅNG TILL ÅTERFALLSFÖREBYGGANDE INSATSER", "goal"
        ),
        ClassItem("a", "Hälso- och sjukvården identifierar de insatser som finns", "action", "g"),
    ]
    alone = classify([items[1]], framework)["a"]
    inherited = classify(items, framework)["a"]
    assert alone[0].objective_code != "1"
    assert inherited[0].objective_code == "1"
    assert "ärvt från målet" in inherited[0].evidence


def test_coordination_that_fits_no_objective_is_cross_cutting(framework: Framework) -> None:
    items = [
        ClassItem("a", "Stärk kopplingen mellan den regionala och de lokala samverkansgrupperna."),
        ClassItem("b", "Ta fram en årlig verksamhetsplan av aktiviteter."),
        ClassItem("c", "Förbättra samverkan mellan Polisen och Åklagarmyndigheten"),
    ]
    labels = classify(items, framework)
    assert [(x.objective_code, x.method) for x in labels["a"]] == [("X", METHOD_CROSS_CUTTING)]
    assert "samverkansgrupperna" in labels["a"][0].evidence
    assert labels["b"][0].objective_code == "X" and labels["b"][0].evidence
    assert labels["c"][0].objective_code == "3"


def test_scope_rules(framework: Framework) -> None:
    items = [
        ClassItem(
            "recidivism",
            "Män som döms för våld ska genomgå återfallsförebyggande insatser inom Kriminalvården",
        ),
        ClassItem("police", "Tid från anmälan till första förhöret ska kortas"),
        ClassItem("training", "Genomföra utbildningsinsatser för berörda myndigheter"),
        ClassItem("support", "Säkerställ tillgång till skyddat boende för våldsutsatta"),
    ]
    labels = classify(items, framework)
    assert {key: labels[key][0].objective_code for key in labels} == {
        "recidivism": "3",  # Kriminalvården's work with the convicted (codebook R2) ...
        "police": "3",
        "training": "4",
        "support": "2",
    }
    assert "1" in {label.objective_code for label in labels["recidivism"]}  # ... secondary 1


def test_scores_for_every_objective(framework: Framework) -> None:
    scores = objective_scores([ClassItem("a", "Utvärdera våldsförebyggande program")], framework)
    assert set(scores["a"]) == {"1", "2", "3", "4", "X"}
    assert scores["a"]["4"] > 0 and scores["a"]["1"] > 0 and scores["a"]["3"] == 0


def test_second_framework_classifies_with_its_own_codes() -> None:
    programme = load_frameworks()["atgardsprogram-2024"]
    labels = classify(
        [
            ClassItem("a", "Fler våldsutövare erbjuds återfallsförebyggande behandlingsprogram"),
            ClassItem("b", "Utveckla arbetet med länsgemensamma indikatorer för uppföljning"),
        ],
        programme,
    )
    assert labels["a"][0].objective_code == "3"
    assert labels["b"][0].objective_code == "1"


# Themes: hand-checked expectations from the corpus texts (must include / must not include).
THEME_CASES = [
    (
        "Genomföra informationskampanjer för att motverka tvångsäktenskap och hedersrelaterat våld och förtryck",
        "",
        {"hedersrelaterat-vald", "barn-och-tvangsaktenskap"},
        {"prostitution-manniskohandel", "valdsutovare"},
    ),
    (
        "Starka det férebyggande arbetet mot kénsstympning, tvangsaktenskap, barndkten- skap och brott med heders- motiv.",
        "",
        {"konsstympning", "barn-och-tvangsaktenskap", "hedersrelaterat-vald"},
        {"prostitution-manniskohandel"},
    ),
    (
        "Polisen kommer att utveckla arbetet med att utreda och lagföra personer som begår människohandelsbrott i sexuellt syfte samt prostitution",
        "",
        {"prostitution-manniskohandel"},
        {"barn", "hedersrelaterat-vald"},
    ),
    (
        'Effektivisera brottsbekämpningen genom den särskilda satsningen "Initiativ gryning" (våld inom familjen, våldtäkter samt sexualbrott mot barn t.ex. grooming)',
        "",
        {"vald-i-nara-relation", "sexuellt-vald", "barn"},
        {"hbtq"},
    ),
    (
        "Fler våldsutövare erbjuds och genomför behandlingsprogram mot våld inom Kriminalvården",
        "",
        {"valdsutovare"},
        {"barn", "unga"},
    ),
    (
        "Säkerställa att utbildningar för att förebygga hedersrelaterat förtryck och våld erbjuds till personal som arbetar med barn och unga",
        "",
        {"hedersrelaterat-vald", "barn", "unga"},
        {"valdsutovare"},
    ),
    (
        "Linsstyrelsen samordnar nitverk fér kompetens- stod till nyckelpersoner som méter sirskilt utsatta grupper: ildre, funktionshindrade, unga och unga vuxna, personer med missbruk.",
        "",
        {"sarskilt-sarbara-grupper", "unga"},
        {"hedersrelaterat-vald"},
    ),
    (
        "Oka kunskapen om véldsutévande forildrar.",
        "Personer som utévar vald mot ndrstdende",
        {"valdsutovare"},
        {"prostitution-manniskohandel"},
    ),
    (
        'Fortsätta sprida stödlinjen "Välj att sluta" i syfte att fler ska söka stöd och behandling för sin våldsproblematik.',
        "MÅL 2: VÅLDSUTÖVARE HAR TILLGÅNG TILL ÅTERFALLSFÖREBYGGANDE INSATSER UTIFRÅN SINA BEHOV",
        {"valdsutovare"},
        {"barn"},
    ),
]


@pytest.mark.parametrize(("text", "context", "expected", "excluded"), THEME_CASES)
def test_themes(text: str, context: str, expected: set[str], excluded: set[str]) -> None:
    found = dict(classify_themes(text, context))
    assert expected <= set(found), found
    assert not (excluded & set(found)), found
    assert all(evidence.strip() for evidence in found.values())


def test_theme_from_context_only() -> None:
    text = "Fortsätta sprida stödlinjen i syfte att fler ska söka stöd för sin problematik."
    assert "valdsutovare" not in dict(classify_themes(text))
    found = dict(classify_themes(text, "MÅL 2: VÅLDSUTÖVARE HAR TILLGÅNG TILL INSATSER"))
    assert found["valdsutovare"].startswith("context: ")


# Codebook rules (docs/codebook.md), each with a sentence written in the way plans are written;
# every one of these was labelled otherwise by the classifier before the codebook (issue 12).
CODEBOOK_CASES = [
    # R1: the item's own words outweigh the goal's and the heading's
    (
        "R1",
        [
            ClassItem("h", "Effektivare brottsbekämpning", "goal"),
            ClassItem(
                "a",
                "Erbjuda stödsamtal och skyddat boende till kvinnor som har anmält våld",
                "action",
                "h",
            ),
        ],
        "2",
        set(),
    ),
    # R2: Kriminalvården's work with the convicted is 3, recidivism a secondary 1
    (
        "R2",
        [
            ClassItem(
                "a",
                "Kriminalvården ska utveckla återfallsförebyggande behandlingsprogram för dömda"
                " våldsutövare i anstalt",
            )
        ],
        "3",
        {"1"},
    ),
    # R3: a knowledge deliverable is 4, its topic a secondary
    (
        "R3",
        [
            ClassItem(
                "a",
                "Sprid kunskap om metoder för att upptäcka våld i nära relationer inom hälso- och"
                " sjukvården",
            )
        ],
        "4",
        {"2"},
    ),
    (
        "R3",
        [
            ClassItem(
                "a",
                "Socialstyrelsen får i uppdrag att kartlägga stödet till barn som har bevittnat"
                " våld i hemmet",
            )
        ],
        "4",
        {"2"},
    ),
    # R4: legal instruments against the crimes are 3
    (
        "R4",
        [
            ClassItem(
                "a",
                "Regeringen föreslår skärpta straff för grov kvinnofridskränkning och att"
                " hedersförtryck kriminaliseras",
            )
        ],
        "3",
        set(),
    ),
    # R4: "utredning" by context: social services' investigations are not criminal ones
    (
        "R4",
        [
            ClassItem(
                "a", "Socialtjänsten ska fråga om våld i alla utredningar om ekonomiskt bistånd"
            )
        ],
        "2",
        set(),
    ),
    # R5: coordination tied to a topic takes the topic
    (
        "R5",
        [ClassItem("a", "Utveckla samverkan kring barn som har bevittnat våld")],
        "2",
        set(),
    ),
    # R6: budgets, strategies and programmes that fit no objective are X
    (
        "R6",
        [
            ClassItem(
                "a",
                "I budgetpropositionen satsar regeringen 200 miljoner kronor på"
                " jämställdhetspolitiken och arbetet mot mäns våld mot kvinnor",
            )
        ],
        "X",
        set(),
    ),
]


@pytest.mark.parametrize(
    ("rule", "items", "primary", "secondary"),
    CODEBOOK_CASES,
    ids=[f"{case[0]}-{i}" for i, case in enumerate(CODEBOOK_CASES)],
)
def test_codebook_rules(
    framework: Framework, rule: str, items: list[ClassItem], primary: str, secondary: set[str]
) -> None:
    labels = classify(items, framework)[items[-1].key]
    assert labels[0].objective_code == primary, labels
    assert secondary <= {label.objective_code for label in labels[1:]}, labels
    assert all(label.evidence.strip() for label in labels)
    if rule in ("R2", "R3", "R4") and primary != "2":
        assert f"regel {rule}" in labels[0].evidence  # the rule names itself in the evidence


def test_modal_ska_is_not_school() -> None:
    """spaCy's lookup table lemmatises "ska" to "skola" (school); the overrides correct it."""
    school = (compile_term("*skola"),)
    assert not find_terms(prepare("Polisen ska utreda fler brott i nära relationer"), school)
    assert find_terms(prepare("Insatser i förskola och skola"), school)


def test_instrument_is_read_after_the_trigger(framework: Framework) -> None:
    from compare.classify import instrument_text

    instrument = framework.instrument
    text = "Regeringen ger Socialstyrelsen i uppdrag att ta fram ett kunskapsstöd för att stärka"
    assert instrument_text(text, instrument) == "ta fram ett kunskapsstöd"
    assert instrument_text("Utbilda personal i förskolan", instrument) == (
        "Utbilda personal i förskolan"
    )
    # a purpose clause ("i syfte att öka kunskapen") is not the instrument
    text = "Genomföra en kampanj riktad till unga i syfte att öka kunskapen om samtycke"
    assert "kunskapen" not in instrument_text(text, instrument)
    # "bör" (should) is a trigger, "bor" (lives) is not, unless the text is OCR'd (folded)
    text = "Utbilda personal som möter kvinnor som bor i skyddat boende"
    assert instrument_text(text, instrument).startswith("Utbilda")
    assert instrument_text("Kommunen bor erbjuda utbildning", instrument, folded=True) == (
        "erbjuda utbildning"
    )
