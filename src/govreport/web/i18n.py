"""The web app's words in Chinese (the default) and English (?lang=en)."""

from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    "app": ("政府工作报告数据库", "Government work report database"),
    "search": ("搜索", "Search"),
    "regions": ("地区", "Regions"),
    "tracker": ("目标追踪", "Tracker"),
    "glossary": ("名词解释", "Glossary"),
    "indicators": ("指标", "Indicators"),
    "upload": ("上传", "Upload"),
    "api": ("接口", "API"),
    "documents": ("文档", "Documents"),
    "facts": ("事实", "Facts"),
    "query": ("关键词", "Query"),
    "region": ("地区", "Region"),
    "level": ("层级", "Level"),
    "year": ("年份", "Year"),
    "type": ("类型", "Type"),
    "indicator": ("指标", "Indicator"),
    "status": ("状态", "Status"),
    "target": ("目标", "Target"),
    "outcome": ("实际", "Outcome"),
    "period": ("年度", "Period"),
    "no_hits": ("没有找到结果", "No results"),
    "warnings": ("处理说明", "Warnings"),
    "versions": ("版本", "Versions"),
    "conflicts": ("版本冲突", "Conflicts"),
    "report_card": ("成绩单", "Report card"),
    "chart": ("图表", "Chart"),
    "projects": ("招商项目", "Projects"),
    "livelihood": ("民生实事", "Livelihood projects"),
    "met": ("已完成", "met"),
    "missed": ("未完成", "missed"),
    "partly_met": ("部分完成", "partly met"),
    "no_outcome": ("尚无结果", "no outcome yet"),
    "not_set": ("未设定量目标", "not set"),
    "modifier_point": ("", ""),
    "modifier_about": ("左右", "about"),
    "modifier_at_least": ("以上", "at least"),
    "modifier_at_most": ("以内", "at most"),
    "modifier_range": ("", "range"),
    "repeated": ("与上年相同", "same as last year"),
    "government_work_report": ("政府工作报告", "government work report"),
    "news": ("新闻", "news"),
    "other": ("其他", "other"),
    "national": ("全国", "national"),
    "province": ("省级", "province"),
    "city": ("市级", "city"),
    "county": ("县级", "county"),
    "town": ("乡镇", "town"),
    "term": ("名词", "Term"),
    "definition": ("解释", "Definition"),
    "submit": ("提交", "Submit"),
    "token": ("口令", "Token"),
    "file": ("文件", "File"),
    "fact_details": ("事实详情", "Fact details"),
    "click_fact": ("点击高亮处查看事实字段", "Click a highlight to see the fact's fields"),
    "meeting": ("会议", "Meeting"),
    "speaker": ("报告人", "Speaker"),
    "published": ("发布", "Published"),
    "filter": ("筛选", "Filter"),
    "all": ("全部", "all"),
    "next": ("下一页", "Next"),
    "previous": ("上一页", "Previous"),
    "stats": ("数据概况", "Overview"),
    "upload_off": ("上传未开启（启动时用 --upload-token 开启）", "Uploads are off (start with --upload-token)"),
}


def translator(lang: str):
    index = 1 if lang == "en" else 0

    def t(key: str | None) -> str:
        if key is None:
            return ""
        pair = STRINGS.get(key)
        return pair[index] if pair else key

    return t
