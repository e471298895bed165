# PolicySearch in a container: the page and API on port 8080, everything it writes under /data (a volume).
#   docker build -t policysearch .
#   docker run -p 8080:8080 -v policysearch-data:/data policysearch
#   docker run -v policysearch-data:/data policysearch backup /data/backups/2026-01-01
# Behind a proxy in another container, trust it: -e POLICYSEARCH_ForwardedHeaders__KnownProxies__0=172.16.0.0/12
# OCR of scanned attachments needs tesseract-ocr, tesseract-ocr-chi-sim and poppler-utils in the image; without
# them crawls go on and say so. The publish line is README's (section "Deploying"); a test checks that they stay the same.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/PolicySearch.Cli -c Release -r linux-x64 --self-contained -p:PublishSingleFile=true -o out/policysearch

FROM mcr.microsoft.com/dotnet/runtime-deps:10.0
COPY --from=build /src/out/policysearch /opt/policysearch
COPY samples/archive.jsonl.gz /opt/policysearch/samples/
COPY config /opt/policysearch/config
COPY crawler-config /opt/policysearch/crawler-config
ENV POLICYSEARCH_Search__SynonymsPath=/opt/policysearch/config/synonyms.txt \
    POLICYSEARCH_Search__EverydayLexiconPath=/opt/policysearch/config/everyday.txt \
    POLICYSEARCH_Crawler__ConfigDirectory=/opt/policysearch/crawler-config \
    POLICYSEARCH_Samples__Path=/opt/policysearch/samples
RUN mkdir /data && chown app:app /data
USER app
WORKDIR /data
VOLUME /data
EXPOSE 8080
ENTRYPOINT ["/opt/policysearch/policysearch"]
CMD ["serve", "--urls", "http://0.0.0.0:8080"]
