"""The Hanweb (大汉) column and the gkmlpt 政府信息公开目录 of the offline sample site (used by build_site.py).

Links are root-relative, as on the real sites; a file: crawl reads them from the mirror's root folder. Answers to URLs
with a query are saved under wget's Windows-safe names ("name@query").
"""

import html
import json

HANWEB_PER_PAGE = 6
HANWEB_PARAMS = "appid=1&webid=1&columnid={column}&unitid=4012237&permissiontype=0"
GKMLPT_PER_PAGE = 5
GKMLPT_SID = "755"


def cn_date(iso):
    if not iso:
        return ""
    y, m, d = iso.split("-")
    return f"{y}年{m}月{d}日"


def paragraphs(body, limit=3000):
    return "\n".join(f"<p>{html.escape(line)}</p>" for line in body[:limit].split("\n") if line.strip())


def hanweb_article_path(d, column, n):
    y, m, day = d["published_date"].split("-")
    return f"art/{y}/{int(m)}/{int(day)}/art_{column}_{6000 + n}.html"


def hanweb_article(d, column, column_name, n):
    rows = (f'<tr><td class="xxgk_title">索引号：</td><td>11330000002482870M/{d["published_date"][:4]}-{6000 + n:05d}</td>'
            f'<td class="xxgk_title">公开方式：</td><td>主动公开</td></tr>\n'
            f'<tr><td class="xxgk_title">发布机构：</td><td>{html.escape(d.get("issuer") or "")}</td>'
            f'<td class="xxgk_title">生成日期：</td><td>{d.get("written_date") or ""}</td></tr>\n'
            f'<tr><td class="xxgk_title">文号：</td><td>{html.escape(d["doc_number"])}</td>'
            f'<td class="xxgk_title">有效性：</td><td>有效</td></tr>\n')
    return f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>{html.escape(d["title"])}</title>
<meta name="SiteName" content="样例市人民政府">
<meta name="ColumnName" content="{column_name}">
<meta name="ArticleTitle" content="{html.escape(d["title"])}">
<meta name="PubDate" content="{d["published_date"]} 10:00">
</head>
<body>
<div class="bt-position">当前位置：<a href="/index.html">首页</a> &gt; <a href="/col/col{column}/index.html">{column_name}</a></div>
<div class="xxgk_top"><table class="xxgk_table" cellspacing="0" cellpadding="0">
{rows}</table></div>
<div class="article-title">{html.escape(d["title"])}</div>
<div class="article-info"><!--<$[信息来源]>begin-->{html.escape(d.get("issuer") or "")}<!--<$[信息来源]>end--> 发布日期：{d["published_date"]}</div>
<div class="main-txt" id="zoom">
{paragraphs(d["body"])}
</div>
<div class="footer">样例市人民政府办公室 主办</div>
</body>
</html>
'''


def hanweb_record(d, path):
    title = html.escape(d["title"])
    return f'<record><![CDATA[\n<li><a href="/{path}" title="{title}" target="_blank">{title}</a><span>{d["published_date"]}</span></li>]]></record>'


def hanweb_column(column, name, records, total):
    params = HANWEB_PARAMS.format(column=column)
    return f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>{name} 样例市人民政府</title>
<meta name="ColumnName" content="{name}">
</head>
<body>
<div class="bt-position">当前位置：<a href="/index.html">首页</a> &gt; <a href="/col/col{column}/index.html">{name}</a></div>
<div id="4012237"><script type="text/xml"><datastore>
<nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?page=1&{params}"></a>]]></nextgroup>
<recordset>
{chr(10).join(records[:HANWEB_PER_PAGE])}
</recordset>
</datastore>
</script></div>
<script language="javascript" src="/module/web/jpage/jpage.js"></script>
<script type="text/javascript">
$(document).ready(function(){{
	$("#4012237").jpage({{ dataStore: dataStore, perPage: {HANWEB_PER_PAGE}, totalRecord: {total}, groupSize: 1, barPosition: "bottom",
		proxyUrl: "/module/web/jpage/dataproxy.jsp", dataBefore: '<ul class="bt-list-ul">', dataAfter: '</ul>' }});
}});
</script>
<div class="footer">样例市人民政府办公室 主办</div>
</body>
</html>
'''


def hanweb_proxy_answers(column, records):
    """The data-proxy answers of a column, by file name under module/web/jpage/."""
    answers = {}
    total = len(records)
    for start in range(1, total + 1, HANWEB_PER_PAGE):
        end = start + HANWEB_PER_PAGE - 1
        name = f"dataproxy.jsp@startrecord={start}&endrecord={end}&perpage={HANWEB_PER_PAGE}&" + HANWEB_PARAMS.format(column=column)
        pages = (total + HANWEB_PER_PAGE - 1) // HANWEB_PER_PAGE
        answers[name] = ('<?xml version="1.0" encoding="UTF-8"?>\n<datastore>\n'
                         f"<totalrecord>{total}</totalrecord>\n<totalpage>{pages}</totalpage>\n<recordset>\n"
                         + "\n".join(records[start - 1:end]) + "\n</recordset>\n</datastore>\n")
    return answers


def hanweb(out, write, docs):
    """Column 1229 政策文件 (all documents) and column 1230 规范性文件 (the first one again, under a second URL)."""
    columns = {1229: ("政策文件", list(enumerate(docs, 1))), 1230: ("规范性文件", [(1, docs[0])])}
    for column, (name, items) in columns.items():
        records = []
        for n, d in items:
            path = hanweb_article_path(d, column, n)
            write(out / path, hanweb_article(d, column, name, n))
            records.append(hanweb_record(d, path))
        write(out / "col" / f"col{column}" / "index.html", hanweb_column(column, name, records, len(records)))
        for file_name, text in hanweb_proxy_answers(column, records).items():
            write(out / "module" / "web" / "jpage" / file_name, text)


def gkmlpt_post(d, n):
    post_id = 7000 + n
    config = json.dumps({"id": post_id, "title": d["title"], "is_abolished": 1 if d.get("validity") in ("已废止", "失效") else 0, "is_expired": 0},
                        ensure_ascii=False)
    rows = (f'<tr><td class="first">索引号：</td><td class="second">007542718/{d["published_date"][:4]}-{post_id:05d}</td>'
            f'<td class="first">分类：</td><td class="second">法律法规</td></tr>\n'
            f'<tr><td class="first">发布机构：</td><td class="second">{html.escape(d.get("issuer") or "")}</td>'
            f'<td class="first">成文日期：</td><td class="second">{d.get("written_date") or ""}</td></tr>\n'
            f'<tr><td class="first">名称：</td><td class="second" colspan="3">{html.escape(d["title"])}</td></tr>\n'
            f'<tr><td class="first">文号：</td><td class="second">{html.escape(d["doc_number"])}</td>'
            f'<td class="first">发布日期：</td><td class="second">{d["published_date"]}</td></tr>\n')
    return f'''<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{html.escape(d["title"])}</title>
<script>
    window._CONFIG = {{
        SID: '{GKMLPT_SID}',
        SITE_NAME: '样例市人民政府',
        DETAIL: {config},
        POST_ID: {post_id}
    }};
</script>
</head>
<body>
<div class="content-container">
<div class="classify"><table class="introduce">
{rows}</table></div>
<div class="article">
<h1 class="title">{html.escape(d["title"])}</h1>
<div class="article-content">
{paragraphs(d["body"])}
</div>
</div>
</div>
</body>
</html>
'''


def gkmlpt(out, write, docs):
    """gkmlpt/index (the script app), api/all/0 answers of GKMLPT_PER_PAGE articles, and the detail pages."""
    articles = []
    for n, d in enumerate(docs, 1):
        post_id = 7000 + n
        path = f"gkmlpt/content/7/{post_id}/post_{post_id}.html"
        write(out / path, gkmlpt_post(d, n))
        articles.append({"id": post_id, "title": d["title"], "url": "/" + path, "identifier": f"007542718/{d['published_date'][:4]}-{post_id:05d}",
                         "document_number": d["doc_number"], "publisher": d.get("issuer") or "", "created_at": d["published_date"] + " 09:30:00"})
    pages = [articles[i:i + GKMLPT_PER_PAGE] for i in range(0, len(articles), GKMLPT_PER_PAGE)]
    for page, chunk in enumerate(pages, 1):
        answer = {"classify": {"id": 0, "name": "全部", "post_count": len(articles)}, "total": len(articles), "articles": chunk}
        write(out / "gkmlpt" / "api" / "all" / f"0@page={page}&sid={GKMLPT_SID}", json.dumps(answer, ensure_ascii=False))
    tree = json.dumps([{"id": 5, "name": "法律法规", "parent": 0, "post_count": len(articles), "children": []}], ensure_ascii=False)
    write(out / "gkmlpt" / "index", f'''<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>样例市人民政府政府信息公开目录</title>
<script>
    window._CONFIG = {{ SID: '{GKMLPT_SID}', SITE_NAME: '样例市人民政府', TREE: {tree}, CLASSIFY_ID: 0 }};
</script>
</head>
<body>
<noscript><strong>请开启浏览器的JavaScript功能。</strong></noscript>
<div id="app"></div>
<script src="/gkmlpt/gkml/pc/js/app.js"></script>
</body>
</html>
''')
