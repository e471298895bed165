#!/usr/bin/env bash
# Rebuilds the attachment fixtures from source/ and ofd/ with the real tools (run once; the outputs are committed).
# Needs: libreoffice-writer libreoffice-calc poppler-utils img2pdf imagemagick zip (Debian main) and rar (Debian non-free).
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
writer() { soffice --headless --infilter="HTML (StarWriter)" --convert-to "$2" --outdir "$work" "source/$1.html" >/dev/null 2>&1; }
calc() { soffice --headless --infilter="CSV:44,34,76" --convert-to 'xls:MS Excel 97' --outdir "$work" "source/$1.csv" >/dev/null 2>&1; }

writer notice-doc 'doc:MS Word 97' && cp "$work/notice-doc.doc" notice.doc
writer notice-wps 'doc:MS Word 97' && cp "$work/notice-wps.doc" notice.wps   # WPS writes .wps in this same format
writer notice-rtf 'rtf:Rich Text Format' && cp "$work/notice-rtf.rtf" rules.rtf
calc permits && cp "$work/permits.xls" permits.xls
calc families && cp "$work/families.xls" families.et                         # WPS writes .et in the .xls format
soffice --headless --infilter="CSV:44,34,76" --convert-to 'xlsx:Calc MS Excel 2007 XML' --outdir "$work" source/fees.csv >/dev/null 2>&1
cp "$work/fees.xlsx" fees.xlsx

printf '河道采砂管理办法\r\n第一条 为加强河道采砂管理，维护河势稳定，制定本办法。\r\n' | iconv -f UTF-8 -t GB18030 > rules-gb18030.txt
printf '数字政府建设指引\n一、总体要求：推进政务服务“一网通办”。\n' > guide-utf8.txt

# OFD: the package layout of GB/T 33190-2016, zipped with the second page's entry first (page order comes from Document.xml).
rm -f standard.ofd
(cd ofd && zip -X -q ../standard.ofd Doc_0/Pages/Page_1/Content.xml OFD.xml Doc_0/Pages/Page_0/Content.xml Doc_0/Document.xml Doc_0/PublicRes.xml)

# Pictures: the text set in 三号/小二 type by Writer, printed to PDF, rasterised at 150 dpi (a notice published as a picture).
writer ocr-image pdf && pdftoppm -r 150 -gray -png -singlefile -x 0 -y 0 -W 1240 -H 330 "$work/ocr-image.pdf" notice
convert notice.png -quality 80 notice.jpg
# A scanned PDF: a page rasterised the same way and wrapped in a PDF with no text layer.
writer ocr-scan pdf && pdftoppm -r 150 -gray -png -singlefile "$work/ocr-scan.pdf" "$work/scan-page"
img2pdf "$work/scan-page.png" -o scan.pdf

# Archives: a .doc and a GB18030 .txt in a zip; an .xls and a UTF-8 .txt in a RAR5 archive.
mkdir -p "$work/zip" "$work/rar"
writer notice-zip 'doc:MS Word 97' && mv "$work/notice-zip.doc" "$work/zip/补助方案.doc"
printf '垃圾分类宣传周活动安排\r\n' | iconv -f UTF-8 -t GB18030 > "$work/zip/宣传周.txt"
rm -f bundle.zip && (cd "$work/zip" && zip -X -q "$OLDPWD/bundle.zip" 补助方案.doc 宣传周.txt)
calc school && mv "$work/school.xls" "$work/rar/招生范围.xls"
printf '学区划分说明：以街道为单位。\n' > "$work/rar/说明.txt"
rm -f bundle.rar && (cd "$work/rar" && rar a -ep -idq "$OLDPWD/bundle.rar" 招生范围.xls 说明.txt)
