from govreport.regions import gazetteer


def test_codes_follow_the_year_of_the_document():
    gaz = gazetteer()
    [county] = gaz.lookup("望城县", 2010)
    [district] = gaz.lookup("望城区", 2020)
    assert county.code == "430122" and district.code == "430112"
    # the county that became a district is known as one place
    assert gaz.place_id(county) == gaz.place_id(district) == "430112"


def test_a_year_after_the_latest_data_reads_todays_divisions():
    # a report of 2026, past the latest data: today's 中宁县 (of 中卫市), not also the 2002 code
    # of the same name, which left the report with no region at all
    [division] = gazetteer().lookup("中宁县", 2026)
    assert division.code == "640521"


def test_a_banner_is_known_by_its_peoples_and_wings_first_characters():
    # 科右前旗 is how its own government signs (来源：科右前旗); 巴林左旗 is short already
    gaz = gazetteer()
    assert [d.name for d in gaz.lookup("科右前旗")] == ["科尔沁右翼前旗"]
    assert [d.name for d in gaz.lookup("察右后旗")] == ["察哈尔右翼后旗"]
    assert [d.name for d in gaz.lookup("土左旗")] == ["土默特左旗"]
    assert [name for _, name in gaz.mentions("来源：科右前旗 作者：科右前旗政务")] == ["科右前旗", "科右前旗"]
    assert gaz.lookup("巴左旗") == []


def test_a_county_moved_to_another_city_or_raised_to_one_is_one_place():
    gaz = gazetteer()
    # 含山县 of 巢湖 (341423), of 马鞍山 since 2011 (340522); 儋州市 county-level (469003), a city since 2015
    assert {d.code for d in gaz.by_name["含山县"]} == {"341423", "340522"}
    assert {gaz.place_id(d) for d in gaz.by_name["含山县"]} == {"340522"}
    assert {gaz.place_id(d) for d in gaz.by_name["儋州市"]} == {"460400"}
    # (a district's name is in several cities: 新乡's 新华区, renamed, is not 平顶山's)
    [old] = [d for d in gaz.by_name["新华区"] if d.code == "410703"]
    assert gaz.place_id(old) == "410703"


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


def test_an_autonomous_divisions_short_name_leaves_its_peoples_out():
    from govreport.regions import stem_of

    assert stem_of("天祝藏族自治县") == "天祝"
    assert stem_of("湘西土家族苗族自治州") == "湘西"
    assert stem_of("杜尔伯特蒙古族自治县") == "杜尔伯特"  # (the place's own name keeps all it has)
    assert stem_of("莫力达瓦达斡尔族自治旗") == "莫力达瓦"
    assert stem_of("新疆维吾尔自治区") == "新疆"
    # a name that is only its people keeps it, and other names are cut as ever
    assert stem_of("鄂温克族自治旗") == "鄂温克族"
    assert stem_of("望城区") == "望城"
    assert "湘西土家族苗族自治州" in gazetteer().short["湘西"]


def test_an_autonomous_division_told_by_its_short_name_and_kind_is_that_division():
    gaz = gazetteer()
    # 景宁县 is 景宁畲族自治县 (no 宁县 read inside it), 湘西州 the prefecture
    assert [d.name for d in gaz.by_name["景宁县"]] == ["景宁畲族自治县"]
    assert gaz.mentions("在景宁县举行") == [(1, "景宁县")]
    assert {d.name for d in gaz.by_name["湘西州"]} == {"湘西土家族苗族自治州"}
    # the alias is no short name of its own, and a real name is never replaced by one
    assert gaz.short["景宁"] == {"景宁畲族自治县"}
    assert [d.name for d in gaz.by_name["宁县"]] == ["宁县"]
