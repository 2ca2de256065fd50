from govreport.regions import gazetteer


def test_codes_follow_the_year_of_the_document():
    gaz = gazetteer()
    [county] = gaz.lookup("望城县", 2010)
    [district] = gaz.lookup("望城区", 2020)
    assert county.code == "430122" and district.code == "430112"
    # the county that became a district is known as one place
    assert gaz.place_id(county) == gaz.place_id(district) == "430112"


def test_parents_of_a_county():
    gaz = gazetteer()
    [division] = gaz.lookup("岳麓区", 2024)
    assert division.level == "county"
    assert gaz.parents(division, 2024) == ("湖南省", "长沙市")


def test_mentions_find_longest_names_and_skip_generic_words():
    gaz = gazetteer()
    names = [name for _, name in gaz.mentions("长沙市岳麓区城区改造，矿区治理")]
    assert names == ["长沙市", "岳麓区"]


def test_a_shared_name_has_several_divisions():
    assert len(gazetteer().lookup("鼓楼区", 2020)) >= 3
