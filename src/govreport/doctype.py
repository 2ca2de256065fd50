"""What kind of document a clean text is, from its title, header and wording.

In order of evidence, the first that holds decides:
 template              placeholders where names and numbers belong (XX县, 202X年, ××, ○○)
 resolution            a congress's decision on a report (关于…的决议; 会议听取…决定批准)
 statistical_bulletin  a statistics bureau's communiqué (统计公报)
 cppcc_report          the report of a CPPCC standing committee (政协…常务委员会工作报告)
 news                  a news item, also one about a report: a listing entry, a reporter's
                       by-line (记者, 讯, 日电) or a report told in the third person
                       (市长…作政府工作报告时表示)
 government_work_report the report itself: its title, or its own voice (各位代表, 我代表…
                       人民政府向大会报告工作, 主要预期目标, 请予审议)
 speech                a speech or address (讲话, 致辞)
 other                 anything else, a report to a party congress among them (在中国共产党第…
                       次全国代表大会上的报告; 我代表…中央委员会向大会作报告)
"""

from __future__ import annotations

import re
from itertools import islice

from .near import finditer_near

DOC_TYPES = ("government_work_report", "news", "resolution", "cppcc_report", "statistical_bulletin", "speech", "template", "other")

_PLACEHOLDER = re.compile(r"(?<![A-Za-z])(?:[XＸ×]{2,}|[XＸ×](?=[省市县区镇乡村年月日])|20[0-9][Xx×]|[XＸ×]{1,2}\.[XＸ×]|○○)")
_RESOLUTION_TITLE = re.compile(r"决议$|关于.{0,40}的决议|决议[（(]")
_RESOLUTION_BODY = re.compile(r"^.{0,60}(?:会议|大会)(?:听取|审议)(?:了|并|和)")
_BULLETIN = re.compile(r"统计公报")
_CPPCC = re.compile(r"政协.{0,30}常务委员会.{0,6}工作报告|政治协商会议.{0,40}常务委员会.{0,6}工作报告")
_REPORT_VOICE = ("各位代表", "向大会报告", "请予审议", "主要预期目标", "政府工作的总体要求", "工作回顾", "民生实事", "我代表")
_BYLINE = re.compile(r"(?:^|[（(【\s])(?:本报|新华社|中新网|人民网|央视网)?[^\s。，]{0,12}(?:记者|通讯员)\s*[\u4e00-\u9fff]{2,4}|[^\s。，]{0,12}(?:讯|日电|消息)[（(）)\s]|据[^\s。，]{2,12}(?:报道|消息)")
_THIRD_PERSON = re.compile(
    r"(?:市长|省长|县长|区长|州长|总理|镇长|乡长|主席)[\u4e00-\u9fff]{0,4}(?:在|代表)[^。]{0,40}(?:作|做)[^。]{0,10}政府工作报告(?:时)?(?:表示|指出|说|强调|提出)"
    r"|政府工作报告(?:中)?(?:提出|指出|明确|强调|显示)|(?:听取|审议)[^。]{0,20}政府工作报告"
)
_SPEECH_TITLE = re.compile(r"讲话|致辞|发言|在.{2,40}(?:会议|大会|代表大会)上的(?:报告|政治报告)|^论")
_NEWS_TITLE = re.compile(r"^【|签约|招商|开工|投产|落户|记者")
_PARTY_CONGRESS = re.compile(r"中国共产党第[一二三四五六七八九十]+次全国代表大会|党的第[一二三四五六七八九十]+次全国代表大会|向大会作报告|中央委员会")
# a report to a party congress: on its title or header, or said in its opening
_PARTY_CONGRESS_REPORT = re.compile(r"(?:共产党|党的)第[一二三四五六七八九十]+次全国代表大会上的(?:政治)?报告|(?:代表|受)[^。，\n]{0,12}中央委员会[^。\n]{0,8}向(?:党的第[一二三四五六七八九十]+次全国代表)?大会作(?:政治)?报告")


# every placeholder holds one of these characters; _PLACEHOLDER opens with a lookbehind, which
# re tries at every character, and most texts hold none of them
_PLACEHOLDER_CHARS = "XＸ×x○"
# a text that holds one (○ is the zero of 一九九○年 in older reports) is scanned only around
# them: every character of a placeholder is one, but the 20 of 20[0-9]x stands three before
# its x, and a placeholder reads at most three characters past its first (XX.X; Ｘ县 its
# lookahead)
_PLACEHOLDER_CHAR = re.compile("[" + _PLACEHOLDER_CHARS + "]")


def _has_placeholders(head: str) -> bool:
    """Three placeholders or more in a text's head (a template)."""
    if not any(char in head for char in _PLACEHOLDER_CHARS):
        return False
    return len(list(islice(finditer_near(_PLACEHOLDER, _PLACEHOLDER_CHAR, head, before=3, after=3), 3))) >= 3


def classify(title: str, text: str, header: str, listing: bool = False) -> str:
    """The document type of a clean text (see the module docstring for the order)."""
    head = text[:600]
    opening = text[:3000]
    if _has_placeholders(title + "\n" + text[:5000]):
        return "template"
    if _RESOLUTION_TITLE.search(title) or (_RESOLUTION_BODY.search(head) and re.search(r"决定批准|会议(?:同意|批准|充分肯定)", opening)):
        return "resolution"
    if _BULLETIN.search(title) or _BULLETIN.search(header):
        return "statistical_bulletin"
    if _CPPCC.search(title) or _CPPCC.search(header):
        return "cppcc_report"
    own_voice = sum(1 for cue in _REPORT_VOICE if cue in text[:20000])
    titled_report = "政府工作报告" in title and not _SPEECH_TITLE.search(title)
    # a text that opens with its own salutation (各位代表：现在，我代表…) is the speech itself
    speaks = bool(re.match(r"\s*(?:各位代表|同志们|各位委员)[：:！!，,]", text[len(header) :].lstrip("\n")[:12]))
    if _PARTY_CONGRESS_REPORT.search(title + "\n" + header + "\n" + text[:300]):
        return "other"
    if listing and not titled_report:
        return "news"
    if not speaks and (_BYLINE.search(head) or (_THIRD_PERSON.search(opening) and own_voice < 3)):
        return "news"
    if titled_report or own_voice >= 3:
        return "government_work_report"
    if _SPEECH_TITLE.search(title) or _PARTY_CONGRESS.search(header + head):
        return "speech" if "讲话" in title or "致辞" in title else "other"
    if _NEWS_TITLE.search(title):
        return "news"
    return "other"
