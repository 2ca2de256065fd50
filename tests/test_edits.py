"""The repair record: a Draft applies edits, keeps the original, and accounts for every change."""

import pytest

from govreport.edits import Draft, Edit, audit


def _complete(draft: Draft) -> None:
    assert audit(draft.original, draft.text, draft.repairs(), draft.alignment()) == []


def test_draft_records_a_replacement_with_its_original_and_clean_spans():
    draft = Draft("增长６．５％，好")
    draft.apply("width", [Edit(2, 6, "6.5%", "full width")])
    assert draft.text == "增长6.5%，好"
    [repair] = draft.repairs()
    assert (repair.kind, repair.start, repair.end, repair.replacement) == ("width", 2, 6, "6.5%")
    assert draft.text[repair.clean_start : repair.clean_end] == "6.5%"
    _complete(draft)


def test_draft_maps_clean_offsets_back_to_the_original_across_deletions():
    draft = Draft("时间:2024\n政 府 工作报告\n各位代表")
    draft.apply("boilerplate", [Edit(0, 8, "", "meta line")])
    draft.apply("spacing", [Edit(1, 2, "", "space"), Edit(3, 4, "", "space")])
    assert draft.text == "政府工作报告\n各位代表"
    alignment = draft.alignment()
    start = draft.text.index("各位代表")
    o0, o1 = alignment.to_original(start, start + 4)
    assert draft.original[o0:o1] == "各位代表"
    o0, o1 = alignment.to_original(0, 6)  # a span over a repaired gap maps to the original stretch
    assert draft.original[o0:o1] == "政 府 工作报告"
    _complete(draft)


def test_an_edit_inside_an_earlier_replacement_takes_it_whole():
    draft = Draft("甲和记AG乙")
    draft.apply("spam_token", [Edit(1, 5, "政府", "spam")])
    draft.apply("width", [Edit(2, 3, "X", "cuts into the replacement")])
    assert draft.text == "甲政X乙"
    # the second repair covers the whole original stretch the first one replaced
    assert [(r.start, r.end) for r in draft.repairs()] == [(1, 5), (1, 5)]
    _complete(draft)


def test_overlapping_edits_are_refused():
    draft = Draft("abcdef")
    with pytest.raises(ValueError):
        draft.apply("width", [Edit(0, 3, "x", "a"), Edit(2, 4, "y", "b")])


def test_rearrange_records_the_blocks_that_moved_and_keeps_the_alignment():
    draft = Draft("一\n三\n四\n二\n")
    lines = [(0, 2), (2, 4), (4, 6), (6, 8)]
    moved = draft.rearrange("fragment_reordered", [lines[0], lines[3], lines[1], lines[2]])
    assert draft.text == "一\n二\n三\n四\n"
    assert moved == 1  # 二 moved; 三 and 四 kept their order
    [repair] = draft.repairs()
    assert draft.original[repair.start : repair.end] == "二\n"
    assert draft.text[repair.clean_start : repair.clean_end] == "二\n"
    _complete(draft)


def test_rearrange_must_use_every_character_once():
    draft = Draft("ab\ncd\n")
    with pytest.raises(ValueError):
        draft.rearrange("fragment_reordered", [(3, 6)])


def test_insertions_and_deletions_are_accounted_for():
    draft = Draft("ab")
    draft.apply("whitespace", [Edit(2, 2, "\n", "a final line break")])
    draft.apply("whitespace", [Edit(0, 1, "", "drop")])
    assert draft.text == "b\n"
    _complete(draft)


def test_rounds_of_edits_over_earlier_repairs_keep_the_record_complete():
    # edits that start and end inside pieces, cover several, insert at deletions and replace
    # stretches earlier rounds made; after each round the text is what plain splicing gives
    import random

    rng = random.Random(4)
    for _ in range(2000):
        draft = Draft("".join(rng.choice("甲乙丙丁 \n12") for _ in range(rng.randint(0, 30))))
        for _ in range(rng.randint(1, 5)):
            edits, at = [], rng.randint(0, 3)
            while at <= len(draft.text):
                end = min(len(draft.text), at + rng.choice((0, 0, 1, 1, 2, 4)))
                replacement = rng.choice(("", "\n", "X", "ＸＹ", "长的替换", draft.text[at:end].upper()))
                if end > at or replacement:
                    edits.append(Edit(at, end, replacement, "test"))
                at = end + rng.randint(1, 5)
            expected, last = [], 0
            for edit in edits:
                if draft.text[edit.start : edit.end] != edit.replacement:
                    expected += [draft.text[last : edit.start], edit.replacement]
                    last = edit.end
            expected.append(draft.text[last:])
            draft.apply("width", edits)
            assert draft.text == "".join(expected)
            _complete(draft)
