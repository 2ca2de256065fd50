"""The web app's words in Chinese (the default) and English (?lang=en)."""

from __future__ import annotations

import re

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
    "rule": ("判定规则", "Rule"),
    "count_all": ("共{n}条", "{n} in all"),
    "figures": ("数据条数", "Figures"),
    "places": ("地区数", "Places"),
    "top_places": ("默认显示数据年份最多的{n}个地区（共{m}个），可在上方选择地区。", "Showing the {n} places with the most years of {m}; pick places above."),
    "page_of": ("第{p}/{n}页", "page {p} of {n}"),
    "sort_relevance": ("相关度", "relevance"),
    "sort_date": ("日期", "date"),
    "sort_region": ("地区", "region"),
    "sort_indicator": ("指标", "indicator"),
    "sort_period": ("年度", "period"),
    "sort_status": ("状态", "status"),
    "sort_term": ("名词", "term"),
    "sort_recent": ("最近在前", "newest first"),
    "sort_name": ("名称", "name"),
    "sort_documents": ("文档数", "documents"),
    "rule_at_least": ("以上：实际不低于目标", "at least: the outcome is not below the target"),
    "rule_at_most": ("以内：实际不高于目标", "at most: the outcome is not above the target"),
    "rule_point_higher": ("达到目标值", "reaches the target"),
    "rule_point_lower": ("不超过目标值", "stays within the target"),
    "rule_range_higher": ("达到区间下限", "reaches the range's lower end"),
    "rule_range_lower": ("不超过区间上限", "stays within the range's upper end"),
    "rule_about_higher": ("左右：低于目标不超过{tol}即算完成", "about: met within {tol} below the target"),
    "rule_about_lower": ("左右：高于目标不超过{tol}即算完成", "about: met within {tol} above the target"),
    "rule_completion": ("各项完成率均达100%", "every item 100% complete"),
    "tol_points": ("{n}个百分点", "{n} points"),
    "tol_share": ("目标的{n}%", "{n}% of the target"),
    "tolerance": ("“左右”的容差", "Tolerance of “about”"),
    "about_points": ("百分比指标（个百分点）", "rates (points)"),
    "about_share": ("其他指标（占目标%）", "other figures (% of target)"),
    "apply": ("应用", "Apply"),
    "government_work_report": ("政府工作报告", "government work report"),
    "news": ("新闻", "news"),
    "resolution": ("决议", "resolution"),
    "cppcc_report": ("政协工作报告", "CPPCC report"),
    "statistical_bulletin": ("统计公报", "statistical bulletin"),
    "speech": ("讲话", "speech"),
    "template": ("模板", "template"),
    "other": ("其他", "other"),
    "repairs": ("修复记录", "Repairs"),
    "untitled": ("无标题文档", "untitled document"),
    "warn_pinyin_gloss": ("去除了转载网站加注的拼音", "pinyin glosses removed"),
    "warn_traditional_converted": ("繁体字已转为简体", "Traditional characters converted"),
    "warn_boilerplate": ("去除了网页模板内容", "page furniture removed"),
    "warn_pdf_spacing": ("去除了PDF转换产生的多余空格", "PDF spacing removed"),
    "warn_hard_wrap": ("接续了被硬换行截断的句子", "hard-wrapped lines re-joined"),
    "warn_spam_token": ("替换了镜像站插入的垃圾词", "spam tokens repaired"),
    "warn_fragment_reordered": ("重排了错位的段落", "fragments put back in order"),
    "warn_region_from_body": ("地区由正文推断", "region inferred from the text"),
    "warn_region_from_source": ("地区由来源推断", "region inferred from the publisher"),
    "warn_year_inferred": ("年份由正文推断", "year inferred from the text"),
    "warn_year_conflict": ("年份前后不一致", "years disagree"),
    "warn_truncated": ("文本可能不完整", "text may be cut short"),
    "warn_encoding_uncertain": ("编码不能确定", "encoding uncertain"),
    "warn_bad_row": ("有无法读取的行", "rows that could not be read"),
    "warn_page_marker": ("去除了转版标记", "page-continuation markers dropped"),
    "warn_duplicate_section": ("去除了重复印出的段落", "paragraphs printed twice dropped"),
    "warn_caption_removed": ("去除了文末的图片说明或标语", "captions after the end dropped"),
    "warn_deep_html": ("网页嵌套过深，按标签顺序读取", "HTML nested too deep, read tag by tag"),
    # what each warning says, from the figures it was made with ({n}, {year}, …)
    "warn_detail_pinyin_gloss": ("去除了{n}处转载时加在汉字后的拼音", "removed {n} pinyin gloss(es) a re-post printed after characters"),
    "warn_detail_traditional_converted": ("{n}处繁体字转为简体", "Traditional characters converted to Simplified in {n} place(s)"),
    "warn_detail_boilerplate": ("去除了{n}行网页模板或页面杂项", "removed {n} line(s) of portal boilerplate or page furniture"),
    "warn_detail_boilerplate_footer": ("去除了列表页最后一条之后的页脚：{text}", "dropped the listing page's footer after the last item: {text}"),
    "warn_detail_pdf_spacing": ("去除了{n}处词语或数字中间的空格", "removed spaces inside words and numbers in {n} place(s)"),
    "warn_detail_hard_wrap": ("接续了{n}处被硬换行截断的行", "re-joined {n} hard-wrapped line(s)"),
    "warn_detail_spam_token": ("垃圾词“{token}”代替了“{word}”，共{n}处，已修复", "spam token “{token}” stood for “{word}” {n} time(s); repaired"),
    "warn_detail_page_marker": ("去除了{n}处转版标记（上接、下转）", "dropped {n} page-continuation marker(s)"),
    "warn_detail_duplicate_section": ("去除了{n}段重复印出的段落", "dropped {n} paragraph(s) printed twice"),
    "warn_detail_caption_removed": ("去除了正文结束后的{n}行图片说明或标语", "dropped {n} caption or slogan line(s) after the end"),
    "warn_detail_fragment_reordered": ("将{n}段错位的段落放回阅读顺序", "put {n} fragment(s) back in reading order"),
    "warn_detail_region_from_body": ("地区由正文中的提及推断：{name}", "region inferred from mentions in the text: {name}"),
    "warn_detail_region_from_source": ("地区由发布单位推断：{name}", "region inferred from the publisher: {name}"),
    "warn_detail_year_inferred": ("年份{year}由正文提到的周年推算", "year {year} worked out from an anniversary the text names"),
    "warn_detail_year_inferred_review": ("年份{year}由报告回顾的年份推算", "year {year} worked out from the year the report reviews"),
    "warn_detail_year_conflict_date": ("标题写{title}年，会议日期为{other}，以会议日期为准", "the title says {title}, the meeting's date {other}: the date wins"),
    "warn_detail_year_conflict_heading": ("标题写{title}年，计划部分的标题为{other}年，以计划部分为准", "the title says {title}, the plan heading {other}: the heading wins"),
    "warn_detail_truncated": ("文件在一个字符中间结束（{encoding}），末尾残缺的字节已去掉", "the file ends inside a character ({encoding}); the last bytes were dropped"),
    "warn_detail_encoding_uncertain": ("按统计检测以{encoding}解码，请核对文字", "decoded as {encoding} by statistical detection; check the text"),
    "warn_detail_encoding_uncertain_short": ("文本较短，按GB18030读取，请核对文字", "short text read as GB18030; check the characters"),
    "warn_detail_bad_row": ("第{line}行不是有效的JSON，已跳过", "line {line} is not valid JSON; skipped"),
    "warn_detail_bad_row_object": ("第{line}行不是JSON对象，已跳过", "line {line} is not a JSON object; skipped"),
    "warn_detail_bad_row_quote": ("第{line}行的引号没有闭合，已跳过该行", "line {line} opens a quote it never closes; the row was skipped"),
    "warn_detail_bad_row_empty": ("第{line}行没有正文，已跳过", "row at line {line} has no text; skipped"),
    "warn_detail_deep_html": ("网页嵌套过深，放宽限制后解析器仍无法逐层读取，已按标签顺序读取全部文字，未保留版面", "the HTML is nested deeper than the parser can follow, even with its limit raised; its text was read tag by tag, without the layout"),
    "actual": ("实际", "actual"),
    "metric": ("指标数据", "figure"),
    "growth": ("增长", "growth"),
    "share": ("比重", "share"),
    "count": ("数量", "count"),
    "field_kind": ("类别", "Kind"),
    "field_indicator": ("指标", "Indicator"),
    "field_subject": ("主语", "Subject"),
    "field_stance": ("性质", "Target or actual"),
    "field_period": ("年度", "Year"),
    "field_value": ("数值", "Value"),
    "field_value_high": ("上限", "Upper value"),
    "field_unit": ("单位", "Unit"),
    "field_modifier": ("修饰", "Modifier"),
    "field_measure": ("口径", "Measure"),
    "field_strive": ("力争", "Strive for"),
    "field_attributed_to": ("出处", "Attributed to"),
    "field_name": ("名称", "Name"),
    "field_amount": ("金额", "Amount"),
    "field_amount_unit": ("金额单位", "Amount unit"),
    "field_amount_kind": ("金额口径", "Amount kind"),
    "field_amount_phase": ("分期", "Phase"),
    "field_stage": ("阶段", "Stage"),
    "field_stage_date": ("阶段日期", "Stage date"),
    "field_investors": ("投资方", "Investors"),
    "field_location": ("地点", "Location"),
    "field_industries": ("行业", "Industries"),
    "field_count": ("项目数", "Projects"),
    "field_members": ("所含项目", "Member projects"),
    "field_annual_output": ("年产值", "Annual output"),
    "field_annual_tax": ("年税收", "Annual tax"),
    "field_jobs": ("就业", "Jobs"),
    "field_term": ("名词", "Term"),
    "field_definition": ("解释", "Definition"),
    "field_page": ("页码", "Page"),
    "field_no": ("序号", "No."),
    "field_task": ("任务", "Task"),
    "field_targets": ("目标", "Targets"),
    "field_actuals": ("完成", "Done"),
    "field_completion": ("完成率", "Completion"),
    "conflict_numbers": ("数字不一致", "numbers differ"),
    "conflict_words": ("文字不一致", "wording differs"),
    "error_404": ("未找到", "Not found"),
    "error_400": ("请求有误", "Bad request"),
    "error_403": ("无权访问", "Forbidden"),
    "error_405": ("不支持该操作", "Not allowed"),
    "error_413": ("文件太大", "Too large"),
    "error_415": ("不支持的文件类型", "Unsupported file type"),
    "error_422": ("请求参数有误", "Invalid request"),
    "error_other": ("出错了", "Something went wrong"),
    "no_page": ("没有这个页面", "There is no such page"),
    "no_region": ("没有这个地区", "There is no region"),
    "no_document": ("没有这份文档", "There is no document"),
    "no_project": ("没有这个项目", "There is no project"),
    "no_indicator": ("指标目录里没有这个指标", "There is no indicator in the catalog"),
    "no_targets": ("没有这一年的目标", "There are no targets"),
    "back_home": ("返回首页", "Home"),
    "back_search": ("去搜索", "Search"),
    "view_clean": ("清洗后文本", "clean text"),
    "view_diff": ("修改对照", "changes"),
    "view_original": ("原文", "original"),
    "repair_whitespace": ("空白", "whitespace"),
    "repair_width": ("全角半角", "width"),
    "repair_script": ("繁体转简体", "Traditional to Simplified"),
    "repair_boilerplate": ("网页模板内容", "page furniture"),
    "repair_spacing": ("多余空格", "spacing"),
    "repair_punctuation": ("标点", "punctuation"),
    "repair_hard_wrap": ("断行", "hard wraps"),
    "repair_spam_token": ("垃圾词替换", "spam tokens"),
    "repair_page_marker": ("转版标记", "page markers"),
    "repair_duplicate_section": ("重复段落", "duplicate sections"),
    "repair_caption_removed": ("图注标语", "captions"),
    "repair_fragment_reordered": ("段落重排", "reordered fragments"),
    "no_repairs": ("清洗未改动原文", "Cleaning changed nothing"),
    "moved_here": ("移至此处", "moved here"),
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
    "project": ("项目", "Project"),
    "project_name": ("项目名称", "Project"),
    "industry": ("行业", "Industry"),
    "stage": ("阶段", "Stage"),
    "amount": ("金额", "Amount"),
    "amount_kind": ("金额口径", "Amount kind"),
    "min_amount": ("最低金额（亿元）", "Least amount (100M yuan)"),
    "max_amount": ("最高金额（亿元）", "Most amount (100M yuan)"),
    "sort": ("排序", "Sort"),
    "investors": ("投资方", "Investors"),
    "location": ("落户地", "Location"),
    "mentions": ("报道次数", "Mentions"),
    "timeline": ("时间线", "Timeline"),
    "batches": ("集中签约/开工", "Batch events"),
    "count": ("项目数", "Projects"),
    "total": ("合计", "Total"),
    "totals_by": ("按维度汇总", "Totals by"),
    "planned": ("计划", "planned"),
    "signed": ("签约", "signed"),
    "started": ("开工", "started"),
    "completed": ("竣工", "completed"),
    "in_production": ("投产", "in production"),
    "total_investment": ("总投资", "total investment"),
    "completed_investment": ("完成投资", "investment completed"),
    "contract_capital": ("合同引资", "contract capital"),
    "paid_in_capital": ("到位资金", "paid-in capital"),
    "annual_output": ("年产值", "annual output"),
    "annual_tax": ("年税收", "annual tax"),
    "jobs": ("带动就业", "jobs"),
    "sort_-amount": ("金额从高到低", "amount, largest first"),
    "sort_amount": ("金额从低到高", "amount, smallest first"),
    "sort_-year": ("最新在前", "newest first"),
    "sort_year": ("最早在前", "oldest first"),
    "sort_name": ("名称", "name"),
    "all_kinds_summed": ("各口径相加", "all kinds summed"),
    "totals_amount": ("金额（{kind}，亿元）", "Amount ({kind}, 100M yuan)"),
    "first_rows": ("前", "the first"),
    "no_projects": ("没有符合条件的项目", "No project matches"),
    "unclassified": ("未归类", "unclassified"),
    "industries_each": ("一个项目属多个行业的，在每个行业各计一次，各行相加多于总数", "A project of several industries is counted in each: the rows add up to more than the total"),
    "min_over_max": ("最低金额 {min} 亿元高于最高金额 {max} 亿元，没有项目能符合：请对调两者", "The least amount, {min}, is more than the most, {max}: no project can match; swap them"),
    "unknown_region": ("数据库中没有与“{region}”相符的地区（见地区列表）", "No place in the database matches “{region}” (see the regions list)"),
    "place_within": ("所在地", "Where"),
    "region_projects_cut": ("共 {total} 个项目，这里列出金额最高的 {shown} 个：", "{total} projects; the {shown} largest are listed here:"),
    "region_projects_rest": ("在招商项目页看全部 {total} 个", "see all {total} on the projects page"),
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


# why each repair was made, in Chinese, by the reason the cleaning stage gives in English
REASONS_ZH = {
    "Traditional characters to Simplified": "繁体字转为简体",
    "a breadcrumb before the title": "标题前的导航路径",
    "a licence notice printed under the text": "正文下方的许可声明",
    "a line break inside a sentence": "句子中间的换行",
    "a line break so the last paragraph can move": "为移动最后一段而加的换行",
    "a line of portal furniture (meta line, disclaimer, footer, navigation)": "网页模板行（信息栏、声明、页脚、导航）",
    "a paragraph cut by the page joined to its continuation": "被分页截断的段落与下文接续",
    "blank lines and indentation between paragraphs": "段落之间的空行和缩进",
    "full-width characters or odd spaces": "全角字符或特殊空格",
    "half-width punctuation in Chinese text": "中文中的半角标点",
    "indentation and trailing spaces around a line break": "换行前后的缩进和空格",
    "pinyin gloss": "拼音注音",
    "spaces inside Chinese text": "中文词语中间的空格",
    "spaces inside a number printed digit by digit": "数字中间的空格",
    "the title printed a second time": "重复印出的标题",
    "whitespace at the end of the text": "文末空白",
    "whitespace at the start of the text": "文首空白",
    "moved into reading order": "移回阅读顺序",
    "a listed spam brand": "已知的垃圾品牌词",
    "a page-continuation marker": "转版标记（上接、下转）",
    "a paragraph printed a second time": "重复印出的段落",
    "a caption, credit or slogan after the end of the text": "正文结束后的图片说明、署名或标语",
}
_REASON_PATTERNS_ZH = (
    (re.compile(r"^a Latin brand code fused with Chinese text, planted (\d+) times$"), "与中文粘连的拉丁字母品牌代码，出现{0}次"),
    (re.compile(r"^a name fused with a betting word, planted (\d+) times, never standing alone$"), "与博彩词粘连的名称，出现{0}次，从不单独出现"),
)


def reason_text(lang: str, reason: str) -> str:
    """Why a repair was made, in the page's language (the stage's English where no Chinese is known)."""
    if lang != "zh" or not reason:
        return reason
    if reason in REASONS_ZH:
        return REASONS_ZH[reason]
    for pattern, words in _REASON_PATTERNS_ZH:
        found = pattern.match(reason)
        if found:
            return words.format(*found.groups())
    return reason


def warning_text(t, warning: dict) -> str:
    """What a stored warning says, in the page's language, from the figures it was made with;
    its own (English) message where it has none (a database from before they were kept)."""
    params = dict(warning.get("params") or {})
    variant = params.pop("variant", None)
    key = "warn_detail_" + warning["code"] + (f"_{variant}" if variant else "")
    template = t(key)
    if template == key or (not params and "{" in template):
        return warning.get("message") or ""
    try:
        return template.format_map(params)
    except (KeyError, ValueError, IndexError):
        return warning.get("message") or ""


def rule_text(t, rule: dict | None) -> str:
    """The rule that decided a status, in the page's language: 左右：低于目标不超过0.5个百分点即算完成."""
    if not rule:
        return ""
    text = t("rule_" + rule["rule"])
    if "points" in rule:
        return text.replace("{tol}", t("tol_points").replace("{n}", f"{rule['points']:g}"))
    if "share" in rule:
        return text.replace("{tol}", t("tol_share").replace("{n}", f"{rule['share'] * 100:g}"))
    return text


def doc_label(t, doc: dict) -> str:
    """What a document is called on a page: its title, else its place, year and kind (长沙市望城区
    2021 政府工作报告), else its file name; never its hash."""
    if doc.get("title"):
        return doc["title"]
    year = doc.get("published") or doc.get("report_year") or doc.get("year")
    label = " ".join(str(x) for x in (doc.get("region_name") or doc.get("region"), year, t(doc.get("doc_type")) if doc.get("doc_type") else None) if x)
    source = (doc.get("source") or "").replace("\\", "/").rsplit("/", 1)[-1]
    return label + (f" ({source})" if source and label else source) if (label or source) else t("untitled")


def figure_text(lang: str, fact: dict) -> str:
    """A figure with its modifier as the language writes it: 8%左右 and about 8%, 7%以上 and
    at least 7%, 6%–6.5%."""
    value = fact.get("value")
    if value is None:
        return ""
    unit = fact.get("unit") or ""
    number = f"{value:g}{unit}"
    if fact.get("value_high") is not None:
        number = f"{value:g}{unit}–{fact['value_high']:g}{unit}"
    modifier = fact.get("modifier") or "point"
    if modifier in ("point", "range"):
        return number
    zh, en = STRINGS[f"modifier_{modifier}"]
    return f"{number}{zh}" if lang != "en" else f"{en} {number}"
