"""Write samples/series/: reports of three places over five years, with known targets and
outcomes, so that the tracker has something to show on a fresh machine.

    python scripts/make_series.py

The numbers are made up for the sample (they are not the places' real figures); they are
chosen so that every tracker status appears: targets met and missed, 左右 met within half a
point, ceilings kept and broken, targets set in words only, targets repeated unchanged, the
last year's targets with no outcome yet, and a livelihood table met only in part.
"""

from __future__ import annotations

from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "samples" / "series"

# place: (title name, office, level word, {year: (targets, actuals of the year before)})
# targets: gdp growth (value, modifier word), revenue growth, unemployment ceiling, jobs (万人)
PLACES = {
    "湘潭市岳塘区": ("区长", "区", {
        2020: (("7", "以上"), "6.5", "5.5", "1.2"), 2021: (("6.5", "左右"), "6", "5.5", "1.3"),
        2022: (("7", "以上"), "6", "5", "1.3"), 2023: (("7", "以上"), "6.5", "5", "1.4"), 2024: (("6", "左右"), "5", "5", "1.4"),
    }, {2020: ("6.9", "5.1", "5.2", "1.25"), 2021: ("6.2", "6.4", "5.8", "1.31"), 2022: ("7.3", "4.2", "4.8", "1.36"), 2023: ("6.1", "7.0", "4.9", "1.52")}),
    "株洲市醴陵市": ("市长", "市", {
        2020: (("8", "左右"), "7", "5", "0.8"), 2021: (("7.5", "以上"), "7", "5", "0.8"),
        2022: (("7", "左右"), "6.5", "5", "0.9"), 2023: (("6.5", "左右"), "6", "5", "0.9"), 2024: (("6", "以上"), "6", "5", "1.0"),
    }, {2020: ("7.6", "7.2", "4.6", "0.86"), 2021: ("7.8", "5.1", "4.7", "0.83"), 2022: ("6.4", "6.6", "5.3", "0.92"), 2023: ("6.2", "6.0", "4.9", "0.95")}),
    "长沙市浏阳市": ("市长", "市", {
        2020: (("8", "以上"), "7.5", "4.5", "1.5"), 2021: (("8", "左右"), "8", "4.5", "1.6"),
        2022: (("7.5", "左右"), "7", "4.5", "1.6"), 2023: (("7", "以上"), "6.5", "4.5", "1.7"), 2024: (("6.5", "以上"), "6", "4.5", "1.7"),
    }, {2020: ("8.2", "7.9", "4.1", "1.62"), 2021: ("8.9", "9.1", "4.3", "1.70"), 2022: ("7.1", "6.2", "4.4", "1.66"), 2023: ("7.4", "6.8", "4.6", "1.81")}),
}
SPEAKERS = {"湘潭市岳塘区": "周立新", "株洲市醴陵市": "刘志平", "长沙市浏阳市": "黄卫东"}


def report(place: str, year: int) -> str:
    office, level, plans, outcomes = PLACES[place]
    gdp, revenue, unemployment, jobs = plans[year]
    lines = [
        f"{place}{year}年政府工作报告",
        f"——{year}年1月{8 + year % 7}日在{place}第{year - 2012}届人民代表大会第{year % 4 + 2}次会议上",
        f"{place[3:]}人民政府{office} {SPEAKERS[place]}",
        "各位代表：",
        f"现在，我代表{level}人民政府向大会报告工作，请予审议。",
        f"一、{year - 1}年工作回顾",
    ]
    if year - 1 in outcomes:
        a_gdp, a_revenue, a_unemployment, a_jobs = outcomes[year - 1]
        lines.append(
            f"过去一年，全{level}地区生产总值增长{a_gdp}%，地方一般公共预算收入增长{a_revenue}%，"
            f"城镇调查失业率为{a_unemployment}%，新增城镇就业{a_jobs}万人。"
        )
    else:
        lines.append(f"过去一年，全{level}上下攻坚克难，经济社会发展稳中有进。")
    lines += [
        f"二、{year}年工作安排",
        f"{year}年全{level}经济社会发展的主要预期目标是：地区生产总值增长{gdp[0]}%{gdp[1]}，"
        f"地方一般公共预算收入增长{revenue}%，城镇调查失业率控制在{unemployment}%以内，"
        f"新增城镇就业{jobs}万人，居民人均可支配收入增长与经济增长同步。",
    ]
    if place == "湘潭市岳塘区" and year == 2023:
        lines += ["附件", "2022年民生实事完成情况", "序号", "民生实事项目", "完成情况", "完成率",
                  "1", "新建、改扩建中小学校4所，新增学位3000个。", "4所、2400个", "100%、80%",
                  "2", "改造老旧小区30个。", "30个", "100%"]
    return "\n".join(lines) + "\n"


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for place in PLACES:
        for year in PLACES[place][2]:
            path = OUT / f"{place}_{year}.txt"
            text = report(place, year)
            # one file a place in GB18030, as county sites still publish
            data = text.encode("gb18030") if year == 2021 else text.encode("utf-8")
            path.write_bytes(data)
    wangcheng = (
        "望城县2011年政府工作报告\n——2011年1月12日在望城县第十五届人民代表大会第六次会议上\n望城县人民政府县长 肖雄伟\n各位代表：\n"
        "现在，我代表县人民政府向大会报告工作，请予审议。\n一、2010年工作回顾\n"
        "过去一年，全县地区生产总值增长15.2%，财政总收入增长13.6%，规模工业增加值增长24.8%，全社会固定资产投资增长31.5%，社会消费品零售总额增长18.9%。\n"
        "二、2011年工作安排\n2011年全县经济社会发展的主要预期目标是：地区生产总值增长13%以上，财政总收入增长15%。\n"
    )
    (OUT / "长沙市望城县_2011.txt").write_bytes(wangcheng.encode("utf-8"))
    print(f"wrote {len(list(OUT.iterdir()))} files to {OUT}")


if __name__ == "__main__":
    main()
