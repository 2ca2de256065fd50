"""Benchmark the whole pipeline on a generated corpus (not a test: it prints figures).

    .venv/bin/python scripts/benchmark.py [--docs 10000] [--workers 0] [--keep DIR]
    .venv/bin/python scripts/benchmark.py --one-core PATH… [--repeat N]

Generates reports and news of realistic size and mess (PDF spacing and hard wraps, portal
boilerplate, GBK and UTF-16 files, spam tokens, listing pages, newspaper page breaks) for
random real counties and years, runs ``govreport.run`` over them on all cores, and prints
MB/s, documents/s, facts/s and peak memory.

With ``--one-core PATH…`` it runs instead on the given files (real text: the shared corpus's
national reports, say) in this one process: the time of each stage of the pipeline, and beside
it, on the same decoded texts, JioNLP's ``extract_money`` (money amounts only), with the ratio
of the two speeds (``pip install jionlp`` for that column; without it the stages still print).
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

from govreport import Config, run
from govreport.regions import gazetteer

REVIEW = [
    "全{lv}地区生产总值增长{p}%，地方一般公共预算收入增长{p}%，规模工业增加值增长{p}%。",
    "固定资产投资增长{p}%，社会消费品零售总额增长{p}%，城镇居民人均可支配收入增长{p}%。",
    "新增城镇就业{n}人，城镇调查失业率控制在{p}%以内，新增规模以上工业企业{n2}家。",
    "全年实施重点项目{n2}个，完成投资{m}亿元，其中产业项目投资增长{p}%。",
    "新建、改扩建中小学校{s}所，新增学位{n}个，完成老旧小区改造{n2}个、惠及居民{n}户。",
    "高新技术企业总数达到{n2}家，全社会研发投入强度达到{p}%，技术合同成交额{m}亿元。",
    "接待游客{w}万人次，实现旅游收入{m}亿元，粮食播种面积{w}万亩。",
    "坚持以人民为中心的发展思想，扎实办好民生实事，群众获得感、幸福感、安全感持续增强。",
    "深化重点领域改革，优化营商环境，市场主体活力不断释放，发展后劲持续增强。",
]
PROSE = [
    "我们坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，积极服务和融入新发展格局。",
    "聚焦产业链供应链建设，推行链长制，提升产业综合竞争力，推动制造业高端化、智能化、绿色化发展。",
    "深入推进“放管服”改革，推行一件事一次办，政务服务效能持续提升，市场主体满意度不断提高。",
    "坚持绿水青山就是金山银山理念，统筹山水林田湖草沙系统治理，生态环境质量持续改善。",
    "扎实推进乡村振兴，巩固拓展脱贫攻坚成果，农村人居环境整治成效明显，和美乡村建设有序推进。",
    "统筹发展和安全，防范化解重大风险，守牢安全生产底线，社会大局保持和谐稳定。",
    "加强政府自身建设，自觉接受人大法律监督和政协民主监督，持之以恒正风肃纪，建设人民满意的服务型政府。",
    "各级各部门要以时不我待的紧迫感，狠抓工作落实，确保各项决策部署落地见效。",
]
PLAN = [
    "主要预期目标是：地区生产总值增长{p}%左右，地方一般公共预算收入增长{p}%，规模工业增加值增长{p}%以上，固定资产投资增长{p}%。",
    "力争新增城镇就业{n}人以上，城镇调查失业率控制在{p}%以内，居民收入增长与经济增长基本同步。",
    "全年安排重大项目{n2}个，年度计划投资{m}亿元，新开工亿元以上项目{s}个。",
    "新建农村公路{n2}公里，改造农村危房{n}户，新增公办幼儿园学位{n}个。",
    "持续推进生态文明建设，空气质量优良天数比例达到{p}%以上，完成造林{w}万亩。",
    "坚持项目为王，紧盯产业链招商，推动一批重大项目早落地、早开工、早见效。",
]
GLOSSARY = ["“{a}{b}”行动：围绕{a}{b}目标，集中力量推进重点工作的专项行动。（P{s}）", "“{a}个{b}”：{a}个方面的{b}工作机制。（P{s}）"]
NEWS = "{y}年{mo}月{d}日，{place}举行招商引资集中签约仪式，{s}个项目签约落户，总投资{m}亿元，涵盖新能源、新材料和智能制造等领域。其中，由一家电子科技有限公司投资建设的电子元器件生产基地项目投资{m2}亿元，预计明年建成投产。"
BOILER = "时间：{y}-0{mo}-1{d} 10:00:00   作者：某网   来源：{place}人民政府网   阅读：{n}   评论：0\n"
FOOTER = "\n免责声明：本站部分内容来源于网络。\n湘ICP备2020{n}号\n"


def _numbers(rng: random.Random) -> dict:
    return {
        "p": f"{rng.uniform(1, 15):.1f}", "n": rng.randint(100, 90000), "n2": rng.randint(5, 500), "m": f"{rng.uniform(1, 900):.1f}",
        "m2": f"{rng.uniform(1, 50):.1f}", "s": rng.randint(2, 30), "w": f"{rng.uniform(1, 300):.1f}",
        "a": rng.choice("三四五六七八"), "b": rng.choice(["高", "新", "强", "优", "美"]), "mo": rng.randint(1, 9), "d": rng.randint(1, 9),
    }


def report(rng: random.Random, place: str, year: int, size: int) -> str:
    level = "区" if place.endswith("区") else "县" if place.endswith("县") else "市"
    parts = [f"{place}{year}年政府工作报告", f"——{year}年1月{rng.randint(5, 28)}日在{place}第{rng.choice('五六七八')}届人民代表大会第{rng.choice('二三四五')}次会议上",
             f"{place}人民政府{level}长 {rng.choice('王李张刘陈杨')}{rng.choice(['建国', '志强', '海涛', '晓明'])}", "各位代表：",
             f"现在，我代表{level}人民政府向大会报告工作，请予审议。", f"一、{year - 1}年工作回顾"]
    while sum(map(len, parts)) < size * 0.45:
        parts.append(rng.choice(REVIEW).format(lv=level, **_numbers(rng)) if rng.random() < 0.4 else rng.choice(PROSE) + rng.choice(PROSE))
    parts.append(f"二、{year}年工作安排")
    while sum(map(len, parts)) < size * 0.9:
        parts.append(rng.choice(PLAN).format(**_numbers(rng)) if rng.random() < 0.4 else rng.choice(PROSE) + rng.choice(PROSE))
    parts.append("名词解释")
    parts += [f"{i + 1}." + rng.choice(GLOSSARY).format(**_numbers(rng)) for i in range(5)]
    return "\n".join(parts)


def mess(rng: random.Random, text: str, place: str, year: int) -> tuple[bytes, str]:
    roll = rng.random()
    if roll < 0.25:  # PDF text layer: spaces and hard wraps
        spaced = "".join(c + (" " if rng.random() < 0.08 else "") for c in text)
        lines = []
        for line in spaced.split("\n"):
            lines.extend(line[i : i + 38] for i in range(0, max(1, len(line)), 38))
        return "\n".join(lines).encode("utf-8"), "txt"
    if roll < 0.45:  # portal re-post
        page = BOILER.format(place=place, y=year, **_numbers(rng)) + text + FOOTER.format(**_numbers(rng))
        return page.encode("utf-8"), "txt"
    if roll < 0.55:
        return text.encode("gb18030"), "txt"
    if roll < 0.60:
        return text.encode("utf-16"), "txt"
    if roll < 0.65:  # spam mirror
        return text.replace("政府", "乐发KY").replace("经济", "乐发KY").encode("utf-8"), "txt"
    if roll < 0.72:  # HTML page
        body = "".join(f"<p>{line}</p>" for line in text.split("\n"))
        return f"<html><head><title>{place}{year}年政府工作报告</title></head><body><div class=nav>首页</div><article>{body}</article></body></html>".encode(), "html"
    return text.encode("utf-8"), "txt"


def listing(rng: random.Random, places: list[str], year: int) -> bytes:
    items = []
    for _ in range(rng.randint(3, 8)):
        place = rng.choice(places)
        numbers = _numbers(rng)
        items.append(f"-\n【{place}招商】{place}集中签约{numbers['s']}个项目\n" + NEWS.format(place=place, y=year, **numbers) + f"\n{year}-0{numbers['mo']}-1{numbers['d']}")
    return ("\n".join(items) + "\n联系我们\n").encode("utf-8")


def generate(folder: Path, count: int, seed: int = 7) -> int:
    rng = random.Random(seed)
    gaz = gazetteer()
    places = sorted(name for name, divisions in gaz.by_name.items() if divisions[0].level == "county" and len(divisions) == 1)
    written = 0
    for n in range(count):
        year = rng.randint(2008, 2025)
        if rng.random() < 0.08:
            data, ext = listing(rng, places, year), "txt"
        else:
            place = rng.choice(places)
            text = report(rng, place, year, rng.randint(8_000, 30_000))
            data, ext = mess(rng, text, place, year)
        sub = folder / f"{n // 1000:03d}"
        sub.mkdir(exist_ok=True)
        (sub / f"doc{n:06d}.{ext}").write_bytes(data)
        written += len(data)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=0)
    parser.add_argument("--keep", help="generate into this folder and keep it")
    parser.add_argument("--one-core", nargs="+", metavar="PATH", help="time each stage on these files in one process, beside JioNLP's extract_money")
    parser.add_argument("--repeat", type=int, default=1, help="with --one-core: passes over the files (the best is kept)")
    args = parser.parse_args()
    if args.one_core:
        return one_core(args.one_core, args.repeat)
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="govreport-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    total_bytes = generate(folder, args.docs)
    t1 = time.perf_counter()
    workers = args.workers or os.cpu_count() or 1
    documents = facts = failed = 0
    for outcome in run([str(folder)], Config(workers=workers)):
        if outcome.error:
            failed += 1
            continue
        documents += len(outcome.documents)
        facts += sum(len(d.facts) for d in outcome.documents)
    t2 = time.perf_counter()
    elapsed = t2 - t1
    peak_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    peak_worker = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"corpus      {args.docs:,} files, {total_bytes / 1e6:.1f} MB, generated in {t1 - t0:.1f} s")
    print(f"pipeline    {elapsed:.1f} s on {workers} worker(s); {documents:,} documents, {facts:,} facts, {failed} failed files")
    print(f"throughput  {total_bytes / 1e6 / elapsed:.2f} MB/s ({total_bytes / 1e6 / elapsed / workers:.2f} MB/s per worker), "
          f"{documents / elapsed:.0f} documents/s, {facts / elapsed:.0f} facts/s")
    print(f"peak memory {peak_self:.0f} MB main process, {peak_worker:.0f} MB largest worker")
    if not args.keep:
        shutil.rmtree(folder, ignore_errors=True)


def one_core(paths: list[str], repeat: int) -> None:
    """Each stage's time on one core, and JioNLP's money extraction on the same text."""
    from govreport.clean import clean
    from govreport.extract import extract
    from govreport.extract.catalog import load_catalog
    from govreport.identify import identify
    from govreport.pipeline import expand
    from govreport.read import read
    from govreport.segment import segment

    config, catalog = Config(), load_catalog(None)
    files = [(path, Path(path).read_bytes()) for path in expand(paths)]
    size = sum(len(data) for _, data in files)
    best: dict[str, float] = {}
    texts: list[str] = []
    for _ in range(max(1, repeat)):
        spent = dict.fromkeys(("read", "clean", "identify", "segment", "extract"), 0.0)
        texts = []
        for path, data in files:
            started = time.perf_counter()
            raws = list(read(path, data, config))
            spent["read"] += time.perf_counter() - started
            for raw in raws:
                t = time.perf_counter()
                cleaned = clean(raw, config.no_repair)
                spent["clean"] += time.perf_counter() - t
                t = time.perf_counter()
                identity = identify(cleaned, raw)
                spent["identify"] += time.perf_counter() - t
                t = time.perf_counter()
                segments = segment(cleaned.text)
                spent["segment"] += time.perf_counter() - t
                t = time.perf_counter()
                extract(cleaned.text, segments, identity, catalog)
                spent["extract"] += time.perf_counter() - t
                texts.append(cleaned.text)
        if not best or sum(spent.values()) < sum(best.values()):
            best = spent
    total = sum(best.values())
    print(f"corpus      {len(files)} files, {len(texts)} documents, {size / 1e6:.2f} MB")
    for stage, seconds in best.items():
        print(f"  {stage:10} {seconds:7.2f} s  {100 * seconds / total:5.1f}%")
    print(f"govreport   {total:.2f} s = {size / 1e6 / total:.2f} MB/s on one core (decode to facts)")
    try:
        import jionlp
    except ImportError:
        print("jionlp      not installed (pip install jionlp): no side-by-side figure")
        return
    chars = sum(len(t.encode()) for t in texts)
    times = []
    for _ in range(max(1, repeat)):
        started = time.perf_counter()
        for text in texts:
            jionlp.ner.extract_money(text)
        times.append(time.perf_counter() - started)
    money = min(times)
    print(f"jionlp      {money:.2f} s = {chars / 1e6 / money:.2f} MB/s extract_money only, on the same {chars / 1e6:.2f} MB of clean text")
    print(f"ratio       {(size / total) / (chars / money):.2f} (govreport's speed over JioNLP's; 1.0 or more is the goal)")


if __name__ == "__main__":
    sys.exit(main())
