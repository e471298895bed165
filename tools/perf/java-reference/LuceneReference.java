/*
 * The Java reference of `perf` (tools/PolicySearch.Benchmarks): Apache Lucene 8.8 (Debian's liblucene8-java) with its
 * SmartChineseAnalyzer, run over the same corpus, the same documents and the same queries as our benchmark,
 * measured the same way, so that tools/perf/run.sh --with-java can set the two side by side.
 *
 *   java -Xmx2g -cp "$(JARS)" LuceneReference.java CORPUS [--json FILE] [--rounds N] [--sections LIST] [--work DIR]
 *
 * (tools/perf/java-reference/run.sh finds the jars and passes the JVM flags.) What it measures, section by section:
 *
 *   analysis  SmartChineseAnalyzer (default stop words) over title + "\n" + body of every document, the last record
 *             of an id winning (as our analysis section reads them); input chars/s on 1 and 2 threads (texts dealt
 *             out by index modulo threads), after an unmeasured warm-up pass over the first 2 M chars.
 *   import    A fresh FSDirectory index per thread count (1, 2). One thread reads and parses the archives (gzip or
 *             plain), 1 or 2 threads index from a queue of 256 documents, as our importer does; documents replace
 *             one another by id (updateDocument). Fields: id (StringField), title, body (TextField, SmartCn),
 *             issuer and date = published_date (StringField), all stored; BM25 (Lucene's default). Writer set up as
 *             ours: 128 MB RAM buffer, no compound files, ConcurrentMergeScheduler(2 merges, 1 thread); commits
 *             every 5,000 documents or 30 s and at the end, then forceMerge(1) and a commit, as our import compacts
 *             a bulk load into one segment. The clock runs from reading the first line to that last commit.
 *             MB/s is OUR definition (ImportSummary.MegabytesPerSecond): the UTF-8 bytes of every non-blank line
 *             read (rejected lines included, line breaks not), divided by 1,048,576 (MiB), per second of that clock.
 *   search    The in-process mix of SearchBenchmarkQueries.cs (src/PolicySearch.Engine/Benchmarking) as plain text:
 *             its 25 plain queries ("plain") and 8 quoted phrases ("phrase"), through the classic
 *             MultiFieldQueryParser on title and body with SmartChineseAnalyzer and AND as the default operator
 *             (every word must match, as in our engine), on the 2-thread index. Top 10 by BM25 with an exact hit
 *             count (ours counts every hit; --approximate-hit-count uses Lucene's default of 1,000), then the
 *             stored id, title, issuer and date of each hit. With snippets: also the stored body of each of the
 *             10 hits through the classic Highlighter (QueryScorer on body, one best fragment of 160 chars as our
 *             snippets, <mark> tags, HTML-encoded, Lucene's default of analyzing the first 50 K chars).
 *             As ours: with snippets first, then without; 3 unmeasured passes of the mix, then per thread count
 *             one more pass and ROUNDS rounds of the mix on each thread; p50/p95/p99 (nearest rank) and QPS per
 *             kind and for all, and the process's CPU time per query.
 *
 * The JSON uses the names of our perf.json (threads, characters, charactersPerSecond, documentsPerSecond,
 * megabytesPerSecond, indexSizeMB, searches[].latency.p50Ms, ...); elapsed times are written as System.Text.Json
 * writes a TimeSpan ("00:01:02.3456789"), so one reader takes both files (`perf-compare` (tools/PolicySearch.Benchmarks)).
 */

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleFragmenter;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Version;

public final class LuceneReference {
    /** The plain and phrase queries of SearchBenchmarkQueries.cs, in its order; keep the two in step. */
    static final List<String> PLAIN = List.of(
        "行政复议", "营商环境", "法治政府", "食品安全 监管", "消防 救援", "就业 补贴", "个人信息 保护", "安全生产 责任",
        "土地 征收 补偿", "未成年人 保护", "环境 污染 处罚", "医疗 保障", "养老 服务", "知识产权", "道路 交通 安全",
        "税收 征管", "突发事件 应对", "政务公开", "网络安全", "教育 经费", "行政處罰", "勞動 基準", "國民 年金", "公司法", "专利");
    static final List<String> PHRASES = List.of(
        "\"依法行政\"", "\"人民政府\"", "\"行政许可\"", "\"合法权益\"", "\"主管部门\"", "\"法律责任\"", "\"社会保险\"", "\"生态环境\"");

    static final int[] THREAD_COUNTS = {1, 2};
    static final int WARM_PASSES = 3;
    static final long ANALYSIS_WARM_CHARS = 2_000_000;
    static final int QUEUE_CAPACITY = 256;
    static final double RAM_BUFFER_MB = 128;
    static final int COMMIT_EVERY_DOCUMENTS = 5000;
    static final long COMMIT_INTERVAL_NANOS = 30_000_000_000L;
    static final int TOP = 10;
    static final int SNIPPET_LENGTH = 160;
    static final double MIB = 1_048_576.0;

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException usage) {
            System.err.println("LuceneReference: " + usage.getMessage());
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }

        if (options.sections.isEmpty()) {
            System.out.println("LuceneReference: nothing to run; the reference has only the analysis, import and search sections.");
            return;
        }

        Map<String, Object> report = new LinkedHashMap<>();
        report.put("engine", "Apache Lucene " + Version.LATEST + " (Java), SmartChineseAnalyzer, classic QueryParser and Highlighter");
        report.put("machine", Machine.describe());
        report.put("corpus", options.files.stream().map(Path::toString).collect(Collectors.joining(", ")));
        report.put("date", OffsetDateTime.now(ZoneOffset.UTC).toString());
        report.put("sections", new ArrayList<>(options.sections));
        report.put("loadAverageAtStart", Machine.loadAverage());
        report.put("rounds", options.rounds);
        report.put("exactHitCount", options.exactHitCount);

        Path work = options.work != null ? options.work : Files.createTempDirectory("lucene-reference-");
        Files.createDirectories(work);
        Analyzer analyzer = new SmartChineseAnalyzer();
        try {
            if (options.sections.contains("analysis")) {
                section("analysis", () -> report.putAll(AnalysisSection.run(analyzer, options.files)));
            }

            // The search section searches the last import's index (2 threads), or builds one as that import would.
            int indexThreads = THREAD_COUNTS[THREAD_COUNTS.length - 1];
            Path index = work.resolve("index-" + indexThreads);
            if (options.sections.contains("import")) {
                section("import", () -> {
                    List<Map<String, Object>> imports = new ArrayList<>();
                    for (int threads : THREAD_COUNTS) {
                        Map<String, Object> result = ImportSection.run(options.files, work.resolve("index-" + threads), threads);
                        imports.add(result);
                        report.put("documents", result.get("documents"));
                        report.put("rejected", result.get("rejected"));
                    }
                    report.put("imports", imports);
                });
            } else if (options.sections.contains("search")) {
                section("index for search", () -> report.put("documents", ImportSection.run(options.files, index, indexThreads).get("documents")));
            }

            if (options.sections.contains("search")) {
                section("search", () -> report.putAll(SearchSection.run(analyzer, index, options.rounds, options.exactHitCount)));
            }
        } finally {
            analyzer.close();
            if (options.work == null) {
                deleteTree(work);
            }
        }

        report.put("peakWorkingSetMB", Machine.peakResidentMB());
        report.put("loadAverageAtEnd", Machine.loadAverage());
        ReportTable.print(report);
        if (options.json != null) {
            Files.writeString(options.json, Json.write(report) + "\n", StandardCharsets.UTF_8);
            System.out.println("Wrote " + options.json);
        }
    }

    interface Step {
        void run() throws Exception;
    }

    static void section(String name, Step step) throws Exception {
        System.out.println(name + "…");
        long started = System.nanoTime();
        step.run();
        System.out.printf(Locale.ROOT, "%s done in %.1f s%n", name, (System.nanoTime() - started) / 1e9);
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                Files.delete(path);
            }
        }
    }

    /** The command line. */
    static final class Options {
        static final String USAGE = "usage: LuceneReference CORPUS [--json FILE] [--rounds N] [--sections analysis,import,search|all] [--work DIR] [--approximate-hit-count]\n"
            + "  CORPUS: a folder of *.jsonl / *.jsonl.gz archives (read in name order) or one archive.\n"
            + "  --sections also takes our other section names (http, startup, crawl, scale) and ignores them.";
        static final List<String> SECTIONS = List.of("analysis", "import", "search");
        static final List<String> IGNORED_SECTIONS = List.of("http", "startup", "crawl", "scale");

        List<Path> files;
        Path json;
        Path work;
        int rounds = 5;
        boolean exactHitCount = true;
        Set<String> sections = new LinkedHashSet<>(SECTIONS);

        static Options parse(String[] args) throws IOException {
            Options options = new Options();
            String corpus = null;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--json" -> options.json = Paths.get(value(args, ++i, arg));
                    case "--work" -> options.work = Paths.get(value(args, ++i, arg));
                    case "--rounds" -> options.rounds = rounds(value(args, ++i, arg));
                    case "--sections" -> options.sections = sections(value(args, ++i, arg));
                    case "--approximate-hit-count" -> options.exactHitCount = false;
                    default -> {
                        if (arg.startsWith("-") || corpus != null) {
                            throw new IllegalArgumentException("unexpected argument '" + arg + "'");
                        }
                        corpus = arg;
                    }
                }
            }
            if (corpus == null) {
                throw new IllegalArgumentException("name the corpus");
            }
            options.files = corpusFiles(Paths.get(corpus));
            return options;
        }

        /** As PerfSettings.CorpusFiles: the file itself, or the folder's *.jsonl and *.jsonl.gz in ordinal name order. */
        static List<Path> corpusFiles(Path corpus) throws IOException {
            if (Files.isRegularFile(corpus)) {
                return List.of(corpus);
            }
            if (!Files.isDirectory(corpus)) {
                throw new IllegalArgumentException("'" + corpus + "' is neither a file nor a folder");
            }
            List<Path> files;
            try (Stream<Path> list = Files.list(corpus)) {
                files = list.filter(Files::isRegularFile)
                    .filter(path -> {
                        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
                        return name.endsWith(".jsonl") || name.endsWith(".jsonl.gz");
                    })
                    .sorted(Comparator.comparing(Path::toString))
                    .collect(Collectors.toList());
            }
            if (files.isEmpty()) {
                throw new IllegalArgumentException("'" + corpus + "' holds no *.jsonl or *.jsonl.gz archive");
            }
            return files;
        }

        static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }

        static int rounds(String text) {
            try {
                int rounds = Integer.parseInt(text);
                if (rounds >= 1 && rounds <= 1000) {
                    return rounds;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            throw new IllegalArgumentException("--rounds must be a number between 1 and 1000; it was '" + text + "'");
        }

        static Set<String> sections(String text) {
            Set<String> sections = new LinkedHashSet<>();
            for (String name : text.split(",")) {
                String trimmed = name.trim().toLowerCase(Locale.ROOT);
                if (trimmed.equals("all")) {
                    sections.addAll(SECTIONS);
                } else if (SECTIONS.contains(trimmed)) {
                    sections.add(trimmed);
                } else if (!trimmed.isEmpty() && !IGNORED_SECTIONS.contains(trimmed)) {
                    throw new IllegalArgumentException("--sections: '" + trimmed + "' is not a section");
                }
            }
            // In run order, whatever order they were named in.
            return SECTIONS.stream().filter(sections::contains).collect(Collectors.toCollection(LinkedHashSet::new));
        }
    }

    /** One corpus record as the reference indexes it (title trimmed, issuer and date trimmed or null). */
    record Doc(String id, String title, String body, String issuer, String date) {
        String analysisText() {
            return title + "\n" + body;
        }
    }

    /** One non-blank line of an archive: a document or the reason it was rejected, and its UTF-8 size. */
    record Line(Doc doc, String error, int textBytes) {
    }

    /** Reads JSON Lines archives, plain or gzip (told apart by the magic bytes, as ours), and maps records as CorpusRecordMapper does. */
    static final class Archives {
        static final int MAX_ID_LENGTH = 200;

        interface LineSink {
            void accept(Line line) throws Exception;
        }

        static void read(List<Path> files, LineSink sink) throws Exception {
            for (Path file : files) {
                try (BufferedReader reader = open(file)) {
                    String text;
                    while ((text = reader.readLine()) != null) {
                        if (!text.isBlank()) {
                            sink.accept(parse(text));
                        }
                    }
                }
            }
        }

        /** The distinct documents, the last record of an id winning but keeping the first one's place (ArchiveDocuments.LoadAsync). */
        static List<Doc> load(List<Path> files) throws Exception {
            Map<String, Doc> documents = new LinkedHashMap<>();
            read(files, line -> {
                if (line.doc() != null) {
                    documents.put(line.doc().id(), line.doc());
                }
            });
            return new ArrayList<>(documents.values());
        }

        static BufferedReader open(Path file) throws IOException {
            PushbackInputStream in = new PushbackInputStream(Files.newInputStream(file), 2);
            byte[] magic = in.readNBytes(2);
            in.unread(magic);
            boolean gzip = magic.length == 2 && (magic[0] & 0xFF) == 0x1F && (magic[1] & 0xFF) == 0x8B;
            InputStream stream = gzip ? new GZIPInputStream(in, 64 * 1024) : in;
            return new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8), 64 * 1024);
        }

        static Line parse(String text) {
            int bytes = utf8Length(text);
            try {
                return new Line(map(Json.parse(text)), null, bytes);
            } catch (IllegalArgumentException rejected) {
                return new Line(null, rejected.getMessage(), bytes);
            }
        }

        /** The required fields and the checks on them of CorpusRecordMapper; dates are taken as written (ours also parses them). */
        static Doc map(Object value) {
            if (!(value instanceof Map<?, ?> record)) {
                throw new IllegalArgumentException("a record must be a JSON object");
            }
            String id = required(record, "id");
            if (id.isBlank() || id.length() > MAX_ID_LENGTH || id.chars().anyMatch(c -> c < 0x20 || (c >= 0x7F && c <= 0x9F))
                || Character.isWhitespace(id.charAt(0)) || Character.isWhitespace(id.charAt(id.length() - 1))) {
                throw new IllegalArgumentException("field 'id' is empty, too long or has control characters or outer whitespace");
            }
            String title = required(record, "title").strip();
            if (title.isEmpty()) {
                throw new IllegalArgumentException("field 'title' is empty");
            }
            return new Doc(id, title, required(record, "body"), optional(record, "issuer"), optional(record, "published_date"));
        }

        static String required(Map<?, ?> record, String name) {
            Object value = record.get(name);
            if (!(value instanceof String text)) {
                throw new IllegalArgumentException("field '" + name + "' is missing or not a string");
            }
            return text;
        }

        static String optional(Map<?, ?> record, String name) {
            Object value = record.get(name);
            if (value == null) {
                return null;
            }
            if (!(value instanceof String text)) {
                throw new IllegalArgumentException("field '" + name + "' must be a string or null");
            }
            String trimmed = text.strip();
            return trimmed.isEmpty() ? null : trimmed;
        }

        /** UTF-8 bytes of a line as .NET's Encoding.UTF8.GetByteCount counts them (a lone surrogate is 3 bytes, U+FFFD). */
        static int utf8Length(String text) {
            int bytes = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < 0x80) {
                    bytes += 1;
                } else if (c < 0x800) {
                    bytes += 2;
                } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    bytes += 4;
                    i++;
                } else {
                    bytes += 3;
                }
            }
            return bytes;
        }
    }

    /** SmartChineseAnalyzer throughput over title + body, as AnalysisBenchmark does for our chain. */
    static final class AnalysisSection {
        static Map<String, Object> run(Analyzer analyzer, List<Path> files) throws Exception {
            List<String> texts = Archives.load(files).stream().map(Doc::analysisText).collect(Collectors.toList());
            long characters = texts.stream().mapToLong(String::length).sum();
            long warmed = 0;
            for (int i = 0; i < texts.size() && warmed < ANALYSIS_WARM_CHARS; i++) {
                countTokens(analyzer, texts.get(i));
                warmed += texts.get(i).length();
            }

            List<Map<String, Object>> results = new ArrayList<>();
            for (int threads : THREAD_COUNTS) {
                long started = System.nanoTime();
                long tokens = Parallel.sum(threads, slice -> {
                    long count = 0;
                    for (int i = slice; i < texts.size(); i += threads) {
                        count += countTokens(analyzer, texts.get(i));
                    }
                    return count;
                });
                long elapsed = System.nanoTime() - started;
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("threads", threads);
                result.put("characters", characters);
                result.put("tokens", tokens);
                result.put("elapsed", Json.timeSpan(elapsed));
                result.put("charactersPerSecond", characters / (elapsed / 1e9));
                results.add(result);
            }

            Map<String, Object> section = new LinkedHashMap<>();
            section.put("documents", texts.size());
            section.put("analysis", results);
            return section;
        }

        static long countTokens(Analyzer analyzer, String text) throws IOException {
            try (TokenStream stream = analyzer.tokenStream("body", text)) {
                stream.addAttribute(CharTermAttribute.class);
                stream.reset();
                long count = 0;
                while (stream.incrementToken()) {
                    count++;
                }
                stream.end();
                return count;
            }
        }
    }

    /** An import into a fresh index, as ArchiveImporter runs one (see the header for what is matched). */
    static final class ImportSection {
        static final Doc END = new Doc("", "", "", null, null);

        static Map<String, Object> run(List<Path> files, Path indexPath, int threads) throws Exception {
            deleteTree(indexPath);
            try (Directory directory = FSDirectory.open(indexPath);
                 Analyzer analyzer = new SmartChineseAnalyzer();
                 IndexWriter writer = new IndexWriter(directory, config(analyzer))) {
                BlockingQueue<Doc> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
                AtomicLong documents = new AtomicLong();
                AtomicLong textBytes = new AtomicLong();
                AtomicLong rejected = new AtomicLong();
                Checkpoints checkpoints = new Checkpoints(writer);
                long started = System.nanoTime();
                ExecutorService indexers = Executors.newFixedThreadPool(threads);
                List<Future<Void>> running = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    running.add(indexers.submit(() -> {
                        for (Doc doc = queue.take(); doc != END; doc = queue.take()) {
                            writer.updateDocument(new Term("id", doc.id()), document(doc));
                            checkpoints.indexed(documents.incrementAndGet());
                        }
                        return null;
                    }));
                }
                try {
                    Archives.read(files, line -> {
                        textBytes.addAndGet(line.textBytes());
                        if (line.doc() != null) {
                            put(queue, line.doc(), running);
                        } else {
                            rejected.incrementAndGet();
                        }
                    });
                    for (int t = 0; t < threads; t++) {
                        put(queue, END, running);
                    }
                    for (Future<Void> indexer : running) {
                        indexer.get();
                    }
                } finally {
                    indexers.shutdownNow();
                }
                writer.commit();
                checkpoints.commits++;
                long beforeMerge = System.nanoTime();
                int segments = SegmentInfos.readLatestCommit(directory).size();
                if (segments > 1) {
                    writer.forceMerge(1);
                    writer.commit();
                }
                long elapsed = System.nanoTime() - started;
                double seconds = elapsed / 1e9;

                Map<String, Object> result = new LinkedHashMap<>();
                result.put("threads", threads);
                result.put("documents", documents.get());
                result.put("rejected", rejected.get());
                result.put("textBytes", textBytes.get());
                result.put("elapsed", Json.timeSpan(elapsed));
                result.put("documentsPerSecond", round(documents.get() / seconds, 1));
                result.put("megabytesPerSecond", round(textBytes.get() / MIB / seconds, 3));
                result.put("megabytesPerSecondBeforeMerge", round(textBytes.get() / MIB / ((beforeMerge - started) / 1e9), 3));
                result.put("mergeSeconds", round((System.nanoTime() - beforeMerge) / 1e9, 2));
                result.put("segmentsBeforeMerge", segments);
                result.put("commits", checkpoints.commits);
                result.put("indexSizeMB", round(directorySize(indexPath) / MIB, 3));
                return result;
            }
        }

        /** Queues a document; an indexer that failed (a full disk) ends the import instead of leaving the reader waiting. */
        static void put(BlockingQueue<Doc> queue, Doc doc, List<Future<Void>> indexers) throws Exception {
            while (!queue.offer(doc, 100, TimeUnit.MILLISECONDS)) {
                for (Future<Void> indexer : indexers) {
                    if (indexer.isDone()) {
                        indexer.get();
                        throw new IllegalStateException("an indexing thread stopped early");
                    }
                }
            }
        }

        static IndexWriterConfig config(Analyzer analyzer) {
            ConcurrentMergeScheduler merges = new ConcurrentMergeScheduler();
            merges.setMaxMergesAndThreads(2, 1);
            TieredMergePolicy policy = new TieredMergePolicy();
            policy.setNoCFSRatio(0);
            return new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(RAM_BUFFER_MB)
                .setUseCompoundFile(false)
                .setMergePolicy(policy)
                .setMergeScheduler(merges);
        }

        static Document document(Doc doc) {
            Document document = new Document();
            document.add(new StringField("id", doc.id(), Field.Store.YES));
            document.add(new TextField("title", doc.title(), Field.Store.YES));
            document.add(new TextField("body", doc.body(), Field.Store.YES));
            if (doc.issuer() != null) {
                document.add(new StringField("issuer", doc.issuer(), Field.Store.YES));
            }
            if (doc.date() != null) {
                document.add(new StringField("date", doc.date(), Field.Store.YES));
            }
            return document;
        }

        static long directorySize(Path path) throws IOException {
            try (Stream<Path> files = Files.walk(path)) {
                return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
            }
        }

        /** Checkpoint commits every COMMIT_EVERY_DOCUMENTS documents or COMMIT_INTERVAL, as ImportOptions' defaults. */
        static final class Checkpoints {
            final IndexWriter writer;
            long documentsAtCheckpoint;
            long checkpointAt = System.nanoTime();
            int commits;

            Checkpoints(IndexWriter writer) {
                this.writer = writer;
            }

            void indexed(long documents) throws IOException {
                synchronized (this) {
                    long now = System.nanoTime();
                    if (documents - documentsAtCheckpoint < COMMIT_EVERY_DOCUMENTS && now - checkpointAt < COMMIT_INTERVAL_NANOS) {
                        return;
                    }
                    documentsAtCheckpoint = documents;
                    checkpointAt = now;
                    commits++;
                }
                writer.commit();
            }
        }
    }

    /** The plain and phrase queries of our mix, without and with classic highlighting of the top 10 bodies. */
    static final class SearchSection {
        static final String[] FIELDS = {"title", "body"};
        static final Set<String> LIST_FIELDS = Set.of("id", "title", "issuer", "date");
        static final Set<String> SNIPPET_FIELDS = Set.of("id", "title", "issuer", "date", "body");

        record Request(String kind, String query) {
        }

        record Sample(String kind, double ms) {
        }

        static List<Request> mix() {
            List<Request> requests = new ArrayList<>();
            PLAIN.forEach(query -> requests.add(new Request("plain", query)));
            PHRASES.forEach(query -> requests.add(new Request("phrase", query)));
            return requests;
        }

        static Map<String, Object> run(Analyzer analyzer, Path indexPath, int rounds, boolean exactHitCount) throws Exception {
            Map<String, Object> section = new LinkedHashMap<>();
            List<Map<String, Object>> searches = new ArrayList<>();
            List<Map<String, Object>> cpu = new ArrayList<>();
            long opened = System.nanoTime();
            try (Directory directory = FSDirectory.open(indexPath); DirectoryReader reader = DirectoryReader.open(directory)) {
                Searcher searcher = new Searcher(new IndexSearcher(reader), analyzer, exactHitCount);
                searcher.search("行政复议", false);
                section.put("startupToFirstSearchMs", round((System.nanoTime() - opened) / 1e6, 1));
                section.put("directory", directory.getClass().getSimpleName());
                List<Request> mix = mix();
                for (boolean withSnippets : new boolean[] {true, false}) {
                    for (int pass = 0; pass < WARM_PASSES; pass++) {
                        for (Request request : mix) {
                            searcher.search(request.query(), withSnippets);
                        }
                    }
                    for (int threads : THREAD_COUNTS) {
                        long cpuBefore = Machine.processCpuNanos();
                        List<Map<String, Object>> results = measure(searcher, mix, threads, rounds, withSnippets);
                        long queries = rounds * (long) threads * mix.size() + mix.size();
                        Map<String, Object> used = new LinkedHashMap<>();
                        used.put("threads", threads);
                        used.put("withSnippets", withSnippets);
                        used.put("queries", queries);
                        used.put("cpuMsPerQuery", round((Machine.processCpuNanos() - cpuBefore) / 1e6 / queries, 2));
                        cpu.add(used);
                        searches.addAll(results);
                    }
                }
            }
            section.put("searches", searches);
            section.put("searchCpu", cpu);
            return section;
        }

        /** As SearchBenchmark.Run: one unmeasured pass, then ROUNDS rounds of the mix on each thread; per kind and all. */
        static List<Map<String, Object>> measure(Searcher searcher, List<Request> mix, int threads, int rounds, boolean withSnippets) throws Exception {
            for (Request request : mix) {
                searcher.search(request.query(), withSnippets);
            }
            List<List<Sample>> perThread = new ArrayList<>();
            long started = System.nanoTime();
            Parallel.run(threads, thread -> {
                List<Sample> samples = new ArrayList<>(rounds * mix.size());
                for (int round = 0; round < rounds; round++) {
                    for (Request request : mix) {
                        long t0 = System.nanoTime();
                        searcher.search(request.query(), withSnippets);
                        samples.add(new Sample(request.kind(), (System.nanoTime() - t0) / 1e6));
                    }
                }
                synchronized (perThread) {
                    perThread.add(samples);
                }
                return 0L;
            });
            double wallSeconds = (System.nanoTime() - started) / 1e9;
            List<Sample> all = perThread.stream().flatMap(List::stream).collect(Collectors.toList());
            List<Map<String, Object>> results = new ArrayList<>();
            for (String kind : List.of("plain", "phrase")) {
                List<Double> ms = all.stream().filter(s -> s.kind().equals(kind)).map(Sample::ms).collect(Collectors.toList());
                results.add(result(kind, threads, withSnippets, ms, wallSeconds * ms.size() / all.size()));
            }
            results.add(result("all", threads, withSnippets, all.stream().map(Sample::ms).collect(Collectors.toList()), wallSeconds));
            return results;
        }

        static Map<String, Object> result(String kind, int threads, boolean withSnippets, List<Double> ms, double seconds) {
            double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            Map<String, Object> latency = new LinkedHashMap<>();
            latency.put("count", sorted.length);
            latency.put("p50Ms", percentile(sorted, 50));
            latency.put("p95Ms", percentile(sorted, 95));
            latency.put("p99Ms", percentile(sorted, 99));
            latency.put("perSecond", sorted.length / Math.max(seconds, 1e-9));
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("kind", kind);
            result.put("threads", threads);
            result.put("withSnippets", withSnippets);
            result.put("latency", latency);
            return result;
        }

        /** Nearest rank, as LatencySummary.Percentile. */
        static double percentile(double[] sorted, double percentile) {
            if (sorted.length == 0) {
                return 0;
            }
            int index = (int) Math.ceil(percentile / 100 * sorted.length) - 1;
            return round(sorted[Math.max(0, Math.min(index, sorted.length - 1))], 3);
        }
    }

    /** One search as the benchmark runs it: parse, top 10, stored fields of the hits, and snippets when asked. */
    static final class Searcher {
        final IndexSearcher searcher;
        final Analyzer analyzer;
        final int totalHitsThreshold;

        Searcher(IndexSearcher searcher, Analyzer analyzer, boolean exactHitCount) {
            this.searcher = searcher;
            this.analyzer = analyzer;
            this.totalHitsThreshold = exactHitCount ? Integer.MAX_VALUE : 1000;
        }

        /** Returns the hit count, so that nothing here is dead code to the JIT. */
        long search(String text, boolean withSnippets) throws Exception {
            Query query = new EveryWordParser(analyzer).parse(text);
            TopScoreDocCollector collector = TopScoreDocCollector.create(TOP, totalHitsThreshold);
            searcher.search(query, collector);
            TopDocs top = collector.topDocs();
            Highlighter highlighter = withSnippets ? highlighter(query) : null;
            long seen = top.totalHits.value;
            for (ScoreDoc hit : top.scoreDocs) {
                Document stored = searcher.doc(hit.doc, withSnippets ? SearchSection.SNIPPET_FIELDS : SearchSection.LIST_FIELDS);
                seen += stored.get("id").length();
                if (highlighter != null) {
                    String body = stored.get("body");
                    String snippet = highlighter.getBestFragment(analyzer, "body", body);
                    seen += (snippet != null ? snippet : body.substring(0, Math.min(body.length(), SNIPPET_LENGTH))).length();
                }
            }
            return seen;
        }

        static Highlighter highlighter(Query query) {
            Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), new QueryScorer(query, "body"));
            highlighter.setTextFragmenter(new SimpleFragmenter(SNIPPET_LENGTH));
            return highlighter;
        }
    }

    /**
     * The classic MultiFieldQueryParser on title and body with AND as the default operator. It joins the words SmartCn
     * finds in one whitespace-free chunk ("行政复议" → 行政, 复议) with SHOULD whatever the operator (getMultiFieldQuery),
     * while the words of several chunks are required; here every word is required, in title or body, as in our engine.
     */
    static final class EveryWordParser extends MultiFieldQueryParser {
        EveryWordParser(Analyzer analyzer) {
            super(SearchSection.FIELDS, analyzer);
            setDefaultOperator(QueryParser.Operator.AND);
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
            Query query = super.getFieldQuery(field, queryText, quoted);
            if (field != null || !(query instanceof BooleanQuery words) || !words.clauses().stream().allMatch(c -> c.getQuery() instanceof BooleanQuery)) {
                return query; // one word (its fields as alternatives), a phrase, or a field the user named
            }
            BooleanQuery.Builder every = newBooleanQuery();
            words.clauses().forEach(word -> every.add(word.getQuery(), BooleanClause.Occur.MUST));
            return every.build();
        }
    }

    /** Work split over threads: thread i gets slice i. */
    static final class Parallel {
        interface Slice {
            long run(int slice) throws Exception;
        }

        static long sum(int threads, Slice work) throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Callable<Long>> tasks = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int slice = t;
                    tasks.add(() -> work.run(slice));
                }
                long total = 0;
                for (Future<Long> done : pool.invokeAll(tasks)) {
                    total += done.get();
                }
                return total;
            } finally {
                pool.shutdown();
            }
        }

        static void run(int threads, Slice work) throws Exception {
            sum(threads, work);
        }
    }

    /** What the run was measured on. */
    static final class Machine {
        static String describe() {
            com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            return String.format(Locale.ROOT, "%d cores, %d GiB, %s %s, Java %s (%s), max heap %d MB",
                Runtime.getRuntime().availableProcessors(), Math.round(os.getTotalMemorySize() / 1_073_741_824.0),
                System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("java.version"),
                System.getProperty("java.vm.name"), Runtime.getRuntime().maxMemory() / 1_048_576);
        }

        /** The first three fields of /proc/loadavg, or null. */
        static String loadAverage() {
            try {
                String[] fields = Files.readString(Paths.get("/proc/loadavg")).trim().split(" ");
                return String.join(" ", Arrays.copyOf(fields, 3));
            } catch (IOException | RuntimeException unavailable) {
                return null;
            }
        }

        /** VmHWM of this JVM (every section), MB; 0 where /proc is missing. */
        static double peakResidentMB() {
            try {
                for (String line : Files.readAllLines(Paths.get("/proc/self/status"))) {
                    if (line.startsWith("VmHWM:")) {
                        return round(Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0, 1);
                    }
                }
            } catch (IOException | RuntimeException unavailable) {
                // reported as 0
            }
            return 0;
        }

        static long processCpuNanos() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        }
    }

    /** The table printed at the end. */
    static final class ReportTable {
        @SuppressWarnings("unchecked")
        static void print(Map<String, Object> report) {
            System.out.println();
            System.out.println(report.get("engine"));
            System.out.println(report.get("documents") + " documents from " + report.get("corpus") + " on " + report.get("machine"));
            for (Map<String, Object> a : (List<Map<String, Object>>) report.getOrDefault("analysis", List.of())) {
                System.out.printf(Locale.ROOT, "analysis  %d thread(s): %.2f M chars/s (%,d chars, %,d tokens, %s)%n",
                    a.get("threads"), (double) a.get("charactersPerSecond") / 1e6, a.get("characters"), a.get("tokens"), a.get("elapsed"));
            }
            for (Map<String, Object> i : (List<Map<String, Object>>) report.getOrDefault("imports", List.of())) {
                System.out.printf(Locale.ROOT, "import    %d thread(s): %.0f docs/s, %.2f MB/s (%.2f before the merge), %s, %d segments merged in %.1f s, index %.1f MB%n",
                    i.get("threads"), i.get("documentsPerSecond"), i.get("megabytesPerSecond"), i.get("megabytesPerSecondBeforeMerge"), i.get("elapsed"),
                    i.get("segmentsBeforeMerge"), i.get("mergeSeconds"), i.get("indexSizeMB"));
            }
            if (report.containsKey("searches")) {
                System.out.printf(Locale.ROOT, "search    start-up to first search %.1f ms (%s)%n", report.get("startupToFirstSearchMs"), report.get("directory"));
                System.out.printf(Locale.ROOT, "%-8s %7s %8s %8s %8s %8s %8s%n", "kind", "threads", "snippets", "p50 ms", "p95 ms", "p99 ms", "QPS");
                for (Map<String, Object> s : (List<Map<String, Object>>) report.get("searches")) {
                    Map<String, Object> l = (Map<String, Object>) s.get("latency");
                    System.out.printf(Locale.ROOT, "%-8s %7d %8s %8.2f %8.2f %8.2f %8.0f%n", s.get("kind"), s.get("threads"),
                        (boolean) s.get("withSnippets") ? "yes" : "no", l.get("p50Ms"), l.get("p95Ms"), l.get("p99Ms"), l.get("perSecond"));
                }
                for (Map<String, Object> c : (List<Map<String, Object>>) report.get("searchCpu")) {
                    System.out.printf(Locale.ROOT, "search    CPU per query, %d thread(s), snippets %s: %.2f ms%n",
                        c.get("threads"), (boolean) c.get("withSnippets") ? "yes" : "no", c.get("cpuMsPerQuery"));
                }
            }
            System.out.printf(Locale.ROOT, "process   peak RSS %.0f MB; load average %s -> %s%n",
                report.get("peakWorkingSetMB"), report.get("loadAverageAtStart"), report.get("loadAverageAtEnd"));
        }
    }

    /** The little JSON this program needs: a parser for corpus lines and a writer for the report. */
    static final class Json {
        private final String text;
        private int at;

        private Json(String text) {
            this.text = text;
        }

        /** Objects become LinkedHashMaps, arrays Lists, numbers Doubles; throws IllegalArgumentException on bad JSON. */
        static Object parse(String text) {
            Json json = new Json(text);
            Object value = json.value();
            json.skipSpace();
            if (json.at != text.length()) {
                throw json.error("text after the value");
            }
            return value;
        }

        private Object value() {
            skipSpace();
            if (at >= text.length()) {
                throw error("unexpected end");
            }
            char c = text.charAt(at);
            switch (c) {
                case '{':
                    return object();
                case '[':
                    return array();
                case '"':
                    return string();
                case 't':
                    return literal("true", Boolean.TRUE);
                case 'f':
                    return literal("false", Boolean.FALSE);
                case 'n':
                    return literal("null", null);
                default:
                    return number();
            }
        }

        private Map<String, Object> object() {
            Map<String, Object> map = new LinkedHashMap<>();
            at++;
            skipSpace();
            if (peek('}')) {
                at++;
                return map;
            }
            while (true) {
                skipSpace();
                if (!peek('"')) {
                    throw error("expected a name");
                }
                String name = string();
                skipSpace();
                expect(':');
                map.put(name, value());
                skipSpace();
                if (peek(',')) {
                    at++;
                } else {
                    expect('}');
                    return map;
                }
            }
        }

        private List<Object> array() {
            List<Object> list = new ArrayList<>();
            at++;
            skipSpace();
            if (peek(']')) {
                at++;
                return list;
            }
            while (true) {
                list.add(value());
                skipSpace();
                if (peek(',')) {
                    at++;
                } else {
                    expect(']');
                    return list;
                }
            }
        }

        private String string() {
            at++;
            int start = at;
            while (at < text.length() && text.charAt(at) != '"' && text.charAt(at) != '\\') {
                at++;
            }
            if (at < text.length() && text.charAt(at) == '"') {
                return text.substring(start, at++);
            }
            StringBuilder out = new StringBuilder(text.substring(start, at));
            while (at < text.length()) {
                char c = text.charAt(at++);
                if (c == '"') {
                    return out.toString();
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                if (at >= text.length()) {
                    break;
                }
                char escaped = text.charAt(at++);
                switch (escaped) {
                    case '"', '\\', '/' -> out.append(escaped);
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'u' -> {
                        if (at + 4 > text.length()) {
                            throw error("short \\u escape");
                        }
                        try {
                            out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        } catch (NumberFormatException bad) {
                            throw error("bad \\u escape");
                        }
                        at += 4;
                    }
                    default -> throw error("bad escape");
                }
            }
            throw error("unterminated string");
        }

        private Object literal(String word, Object value) {
            if (!text.startsWith(word, at)) {
                throw error("unexpected character");
            }
            at += word.length();
            return value;
        }

        private Double number() {
            int start = at;
            while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
            try {
                return Double.valueOf(text.substring(start, at));
            } catch (NumberFormatException bad) {
                throw error("unexpected character");
            }
        }

        private void skipSpace() {
            while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t' || text.charAt(at) == '\n' || text.charAt(at) == '\r')) {
                at++;
            }
        }

        private boolean peek(char c) {
            return at < text.length() && text.charAt(at) == c;
        }

        private void expect(char c) {
            if (!peek(c)) {
                throw error("expected '" + c + "'");
            }
            at++;
        }

        private IllegalArgumentException error(String what) {
            return new IllegalArgumentException("invalid JSON at character " + at + ": " + what);
        }

        /** Indented JSON of maps, lists, strings, numbers, booleans and nulls. */
        static String write(Object value) {
            StringBuilder out = new StringBuilder();
            write(out, value, "");
            return out.toString();
        }

        private static void write(StringBuilder out, Object value, String indent) {
            if (value == null) {
                out.append("null");
            } else if (value instanceof String text) {
                quote(out, text);
            } else if (value instanceof Double number) {
                out.append(number.isNaN() || number.isInfinite() ? "null" : number.toString());
            } else if (value instanceof Number || value instanceof Boolean) {
                out.append(value);
            } else if (value instanceof Map<?, ?> map) {
                String inner = indent + "  ";
                out.append('{');
                String separator = "\n";
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    out.append(separator).append(inner);
                    quote(out, entry.getKey().toString());
                    out.append(": ");
                    write(out, entry.getValue(), inner);
                    separator = ",\n";
                }
                out.append(map.isEmpty() ? "" : "\n" + indent).append('}');
            } else if (value instanceof List<?> list) {
                String inner = indent + "  ";
                out.append('[');
                String separator = "\n";
                for (Object item : list) {
                    out.append(separator).append(inner);
                    write(out, item, inner);
                    separator = ",\n";
                }
                out.append(list.isEmpty() ? "" : "\n" + indent).append(']');
            } else {
                throw new IllegalArgumentException("cannot write " + value.getClass());
            }
        }

        private static void quote(StringBuilder out, String text) {
            out.append('"');
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            out.append('"');
        }

        /** A duration as System.Text.Json writes a TimeSpan: [d.]hh:mm:ss.fffffff. */
        static String timeSpan(long nanos) {
            long ticks = nanos / 100;
            long seconds = ticks / 10_000_000;
            long fraction = ticks % 10_000_000;
            long days = seconds / 86_400;
            String clock = String.format(Locale.ROOT, "%02d:%02d:%02d.%07d", seconds / 3600 % 24, seconds / 60 % 60, seconds % 60, fraction);
            return days > 0 ? days + "." + clock : clock;
        }
    }

    static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
