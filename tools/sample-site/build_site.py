#!/usr/bin/env python3
"""Render samples/site/: a small offline government site for the crawler, from samples/archive.jsonl.gz.

Sections (each in a layout seen on real government sites, described in docs/crawler.md, "Government page layouts"):
  zhengce/  gov.cn 政策文件 detail pages (table.bd1 + #UCAP-CONTENT), list paged by TRS createPageHTML
  xxgk/     Ucap 信息公开 pages (div.xxgk-detail dl dd, h1.article-title > ucaptitle, #zoomcon), list with 下一页 links
  gbk/      GBK-encoded pages (meta charset=gb2312) with the seed page's label-per-line block
  col/, art/, module/web/jpage/   a Hanweb (大汉) column: records in <script type="text/xml"> and jpage data-proxy
            answers (saved as wget names them, "dataproxy.jsp@startrecord=…"), one article re-listed in a second column
  gkmlpt/   a gkmlpt 政府信息公开目录: JSON list API answers ("0@page=N&sid=755") and detail pages with window._CONFIG
plus one attachment of each format sites publish (PDF, DOCX, DOC, WPS, XLS, XLSX, ET, RTF, TXT in GB18030 and UTF-8,
OFD, ZIP, RAR, a scanned PDF, a picture link and a picture in the body), robots.txt (one disallowed folder) and sitemap.xml (relative locations).
Deterministic; only the standard library. Run from the repository root:

    python3 tools/sample-site/build_site.py
"""

import gzip
import html
import io
import json
import shutil
import zipfile
from pathlib import Path

import hanweb_gkmlpt

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "samples" / "site"
PER_PAGE = 8

# Attachments made by real tools: the crawler's test fixtures (tests/TestData/crawler/attachments, rebuilt by its
# make-fixtures.sh) and tingche.jpg beside this script (tingche.html set by LibreOffice Writer, rasterised by pdftoppm
# at 150 dpi, saved as JPEG by ImageMagick). Each holds a phrase no other file of the site has.
FIXTURES = ROOT / "tests" / "TestData" / "crawler" / "attachments"
# The second 国务院文件 lists nine attachments: (fixture, name on the site, link text).
FORMAT_ATTACHMENTS = [
    ("notice.wps", "fujian4.wps", "4.城镇老旧小区改造专项资金管理办法（WPS）"),
    ("permits.xls", "fujian5.xls", "5.行政许可事项清单"),
    ("fees.xlsx", "fujian6.xlsx", "6.涉企收费目录清单"),
    ("families.et", "fujian7.et", "7.公示名单（ET）"),
    ("rules.rtf", "fujian8.rtf", "8.实施细则（RTF）"),
    ("rules-gb18030.txt", "fujian9.txt", "9.河道采砂管理办法（文本）"),
    ("standard.ofd", "fujian10.ofd", "10.版式文件（OFD）"),
    ("bundle.zip", "fujian11.zip", "11.附件打包下载"),
    ("bundle.rar", "fujian12.rar", "12.学区资料"),
]
# The first 法规规章 links three more from the site's root (/attachments/…), the second shows a picture in its body.
ROOT_LINKED_ATTACHMENTS = [
    ("guide-utf8.txt", "guide.txt", "数字政府建设指引（文本）"),
    ("scan.pdf", "scan.pdf", "扫描件"),
    (None, "tingche.jpg", "公告图片"),
]
BODY_PICTURE = ("notice.png", "notice.png")
BODY_CHARS = 3000


def load():
    with gzip.open(ROOT / "samples" / "archive.jsonl.gz", "rt", encoding="utf-8") as f:
        docs = [json.loads(line) for line in f]
    docs.sort(key=lambda d: d["id"])
    govcn = [d for d in docs if d["source"] == "ZhouYNF/platform-1" and d.get("doc_number")][:20]
    laws = [d for d in docs if d["source"] == "LawRefBook/Laws" and d.get("published_date")]
    return govcn, laws[:10], laws[10:16]


def load_more():
    """Documents for the Hanweb column and the gkmlpt catalogue (none of them in the other sections)."""
    with gzip.open(ROOT / "samples" / "archive.jsonl.gz", "rt", encoding="utf-8") as f:
        docs = sorted((json.loads(line) for line in f), key=lambda d: d["id"])
    govcn = [d for d in docs if d["source"] == "ZhouYNF/platform-1" and d.get("doc_number")]
    laws = [d for d in docs if d["source"] == "LawRefBook/Laws" and d.get("published_date")]
    return govcn[20:38], [d for d in laws[16:] if d.get("doc_number")][:12]


def paragraphs(body):
    return "\n".join(f"<p>{html.escape(line)}</p>" for line in body[:BODY_CHARS].split("\n") if line.strip())


def cn_date(iso):
    if not iso:
        return ""
    y, m, d = iso.split("-")
    return f"{y}年{m}月{d}日"


def page(title, body, charset="utf-8", head=""):
    return (f'<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="{charset}">\n<title>{html.escape(title)}_样例市人民政府</title>\n'
            f"{head}</head>\n<body>\n<div class=\"header\"><a href=\"../index.html\">首页</a> &gt; 政务公开</div>\n{body}\n"
            "<div class=\"footer\">样例市人民政府办公室 主办</div>\n</body>\n</html>\n")


def write(path, text, encoding="utf-8"):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))


def govcn_detail(d, n, attachments=""):
    index_number = f"000014349/{d['published_date'][:4]}-{n:05d}"
    rows = (f"<tr><td><b>索 引 号：</b></td><td>{index_number}</td><td><b>主题分类：</b></td><td>综合政务\\其他</td></tr>\n"
            f"<tr><td><b>发文机关：</b></td><td>{html.escape(d.get('issuer') or '')}</td><td><b>成文日期：</b></td><td>{cn_date(d.get('written_date'))}</td></tr>\n"
            f"<tr><td><b>标　　题：</b></td><td colspan=\"3\">{html.escape(d['title'])}</td></tr>\n"
            f"<tr><td><b>发文字号：</b></td><td>{html.escape(d['doc_number'])}</td><td><b>发布日期：</b></td><td>{cn_date(d.get('published_date'))}</td></tr>\n")
    body = (f'<div class="wrap"><table class="bd1"><tbody>\n{rows}</tbody></table>\n'
            f'<table><tr><td class="b12c" id="UCAP-CONTENT">{paragraphs(d["body"])}{attachments}</td></tr></table></div>')
    head = (f'<meta name="ArticleTitle" content="{html.escape(d["title"])}">\n<meta name="PubDate" content="{d["published_date"]} 09:00">\n'
            f'<meta name="ContentSource" content="{html.escape(d.get("issuer") or "")}">\n')
    return page(d["title"], body, head=head), index_number


def ucap_detail(d, n, extra=""):
    index_number = f"014717475N/{d['published_date'][:4]}-{n:07d}"
    dd = lambda cls, label, value: (f'<dd class="addWidth {cls}"><label><font>{label}：</font></label>\n'
                                    f'<div class="display-block">\n{html.escape(value)}\n</div></dd>\n')
    meta = (dd("IndexNo", "索 引 号", index_number) + dd("ReleaseMechanism", "发布机构", d.get("issuer") or "样例市司法局")
            + dd("scrq", "发文日期", d["published_date"]) + dd("gkfs", "公开方式", "主动公开") + dd("yxx", "有 效 性", d.get("validity") or "有效"))
    body = (f'<div class="xxgk-container"><div class="xxgk-detail clearfix"><div class="meta-data"><dl class="clearfix">\n{meta}</dl></div>\n'
            f'<h1 class="article-title"><ucaptitle>{html.escape(d["title"])}</ucaptitle></h1>\n'
            f'<div class="article-attr"><span class="llcs">访问量：<b id="view">42</b></span></div>\n'
            f'<div class="article-content" id="zoomcon"><ucapcontent>{paragraphs(d["body"])}{extra}</ucapcontent></div></div></div>')
    return page(d["title"], body), index_number


def seed_detail(d):
    """The seed page's layout: label-per-line block with padded labels, values on the next line, some empty."""
    lines = [("名    称 :", d["title"]), ("索   引  号 :", ""), ("发 布 机 构 :", d.get("issuer") or "样例区司法局"),
             ("主    题 :", "司法行政\\政府法治"), ("成 文 日 期 :", ""), ("发 文 日 期 :", cn_date(d.get("published_date"))),
             ("有   效  性 :", d.get("validity") or "有效")]
    block = "\n".join(f"<div class=\"label\">{html.escape(k).replace(' ', '&nbsp;')}</div><div class=\"value\">{html.escape(v)}</div>" for k, v in lines)
    body = (f'<div class="xxgk_info">\n{block}\n</div>\n<div class="title">{html.escape(d["title"])}</div>\n'
            f'<div class="TRS_Editor">{paragraphs(d["body"])}</div>')
    return page(d["title"], body, charset="gb2312")


def list_page(title, items, extra=""):
    lis = "\n".join(f'<li><h4><a href="{href}">{html.escape(t)}</a><span class="date">{date}</span></h4></li>' for href, t, date in items)
    body = f'<div class="news_box"><div class="channel_tab"><span class="noline"><a>{title}</a></span></div><div class="list"><ul>\n{lis}\n</ul></div></div>\n{extra}'
    return page(title, body)


def pdf_bytes(lines):
    """A one-page PDF with Helvetica text (ASCII), written by hand."""
    stream = "BT /F1 12 Tf 72 720 Td 16 TL\n" + "".join(f"({l}) '\n" for l in lines) + "ET"
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
               "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
               f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream"]
    out, offsets = io.BytesIO(), []
    out.write(b"%PDF-1.4\n")
    for i, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n{body}\nendobj\n".encode("latin-1"))
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for o in offsets:
        out.write(f"{o:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def docx_bytes(paragraph_texts):
    """A minimal WordprocessingML package."""
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    paras = "".join(f"<w:p><w:r><w:t>{html.escape(t)}</w:t></w:r></w:p>" for t in paragraph_texts)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in [
            ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
             '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
            ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
            ("word/document.xml", f'<?xml version="1.0" encoding="UTF-8"?><w:document {ns}><w:body>{paras}</w:body></w:document>'),
        ]:
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            z.writestr(info, text)
    return buffer.getvalue()


def main():
    govcn, ucap, gbk = load()
    if OUT.exists():
        shutil.rmtree(OUT)
    sitemap = []

    # zhengce: gov.cn layout, TRS paging; the first two documents carry attachments.
    items = []
    for n, d in enumerate(govcn, 1):
        date = d["published_date"]
        rel = f"content/{date[:7]}/{date[8:]}/content_{d['id'].split('-')[-1]}.htm"
        attachments = ""
        if n == 1:
            attachments = ('<p>附件：<a href="../../../../attachments/fujian1.pdf">1.实施细则（PDF）</a></p>'
                           '<p><a href="../../../../attachments/fujian2.docx">2.申请表填写说明</a></p>'
                           '<p><a href="../../../../attachments/fujian3.doc">3.旧版申请表</a></p>')
        elif n == 2:
            attachments = "".join(f'<p><a href="../../../../attachments/{name}">{html.escape(text)}</a></p>' for _, name, text in FORMAT_ATTACHMENTS)
        text, _ = govcn_detail(d, n, attachments)
        write(OUT / "zhengce" / rel, text)
        items.append((rel, d["title"], date))
        sitemap.append("zhengce/" + rel)
    pages = [items[i:i + PER_PAGE] for i in range(0, len(items), PER_PAGE)]
    for k, chunk in enumerate(pages):
        script = (f'<script>var countPage = {len(pages)}//共多少页\n'
                  f'createPageHTML(countPage, {k}, "index", "shtml");</script>')
        write(OUT / "zhengce" / ("index.shtml" if k == 0 else f"index_{k}.shtml"), list_page("国务院文件", chunk, script))

    # xxgk: Ucap layout, plain 下一页 links.
    items = []
    for n, d in enumerate(ucap, 1):
        date = d["published_date"]
        rel = f"{date[:4]}{date[5:7]}/t{date.replace('-', '')}_{1000 + n}.shtml"
        extra = ""
        if n == 1:
            extra = "<p>附件：</p>" + "".join(f'<p><a href="/attachments/{name}">{html.escape(text)}</a></p>' for _, name, text in ROOT_LINKED_ATTACHMENTS)
        elif n == 2:
            extra = f'<p style="text-align:center"><img src="../../attachments/{BODY_PICTURE[1]}" width="620" border="0"></p>'
        text, _ = ucap_detail(d, n, extra)
        write(OUT / "xxgk" / rel, text)
        items.append((rel, d["title"], date))
        sitemap.append("xxgk/" + rel)
    half = len(items) // 2
    write(OUT / "xxgk" / "xxgk_list.shtml", list_page("法规规章", items[:half], '<a class="next" href="xxgk_list_2.shtml">下一页</a>'))
    write(OUT / "xxgk" / "xxgk_list_2.shtml", list_page("法规规章", items[half:], '<a class="prev" href="xxgk_list.shtml">上一页</a>'))

    # gbk: the seed page's layout, GBK-encoded.
    items = []
    for n, d in enumerate(gbk, 1):
        rel = f"art/2020/1/{n}/art_77_{2000 + n}.html"
        write(OUT / "gbk" / rel, seed_detail(d), encoding="gb18030")
        items.append((rel, d["title"], d["published_date"]))
    gbk_list = list_page("区司法局文件", items).replace('charset="utf-8"', 'charset="gb2312"')
    write(OUT / "gbk" / "index.html", gbk_list, encoding="gb18030")

    (OUT / "attachments").mkdir(parents=True)
    (OUT / "attachments" / "fujian1.pdf").write_bytes(pdf_bytes(
        ["PolicySearch sample attachment: implementation rules.", "Article 1. Applications are filed online.",
         "Article 2. Decisions are published within 20 working days."]))
    (OUT / "attachments" / "fujian2.docx").write_bytes(docx_bytes(
        ["申请表填写说明", "一、申请人应当如实填写申请表，并对材料的真实性负责。", "二、材料不全的，受理机关应当一次性告知需要补正的全部内容。"]))
    # A Word 97 file made by LibreOffice from fujian3.html beside this script (soffice --headless
    # --infilter="HTML (StarWriter)" --convert-to doc:"MS Word 97" fujian3.html).
    shutil.copyfile(Path(__file__).with_name("fujian3.doc"), OUT / "attachments" / "fujian3.doc")
    for fixture, name, _ in FORMAT_ATTACHMENTS + ROOT_LINKED_ATTACHMENTS + [BODY_PICTURE + (None,)]:
        source = FIXTURES / fixture if fixture else Path(__file__).with_name(name)
        shutil.copyfile(source, OUT / "attachments" / name)

    hanweb_docs, gkmlpt_docs = load_more()
    hanweb_gkmlpt.hanweb(OUT, write, hanweb_docs)
    hanweb_gkmlpt.gkmlpt(OUT, write, gkmlpt_docs)

    write(OUT / "private" / "draft.html", page("内部草稿", "<p>内部草稿，robots.txt 禁止抓取。</p>"))
    home = ('<ul><li><a href="zhengce/index.shtml">国务院文件</a></li><li><a href="xxgk/xxgk_list.shtml">法规规章</a></li>'
            '<li><a href="gbk/index.html">区司法局文件</a></li><li><a href="private/draft.html">内部草稿</a></li>'
            '<li><a href="/col/col1229/index.html">政策文件</a></li><li><a href="/col/col1230/index.html">规范性文件</a></li>'
            '<li><a href="/gkmlpt/index">政府信息公开目录</a></li></ul>')
    write(OUT / "index.html", page("样例市人民政府", home).replace('href="../index.html"', 'href="index.html"'))
    write(OUT / "robots.txt", "User-agent: *\nDisallow: /private/\nCrawl-delay: 0\nSitemap: sitemap.xml\n")
    locs = "\n".join(f"  <url><loc>{loc}</loc></url>" for loc in sitemap)
    write(OUT / "sitemap.xml", f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{locs}\n</urlset>\n')


if __name__ == "__main__":
    main()
