using System.Text.Json;
using PolicySearch.Core.Documents;
using PolicySearch.Core.Import;

namespace PolicySearch.Core.Tests.Import;

public class CorpusRecordMapperTests
{
    private const string PolicyRecord = """
        {"id":"govcn-5344960","source":"ZhouYNF/platform-1","url":"http://www.gov.cn/zhengce/content/2018-11/09/content_5338830.htm",
         "title":"  国务院办公厅关于印发全国深化“放管服”改革转变政府职能电视电话会议重点任务分工方案的通知 ",
         "issuer":"国务院办公厅\u3000","doc_number":"国办函〔2018〕71号","written_date":"2018-10-27","published_date":"2018年11月09日",
         "effective_date":null,"validity":null,"category":"国务院文件","body":"各省、自治区、直辖市人民政府：\n……",
         "extra":{"index_number":"000014349/2018-00204","topic":"综合政务\\政务公开","crawl_time":"2019-02-17"}}
        """;

    [Fact]
    public void Map_gov_cn_record_maps_every_field()
    {
        var document = Map(PolicyRecord);

        Assert.Equal("govcn-5344960", document.Id);
        Assert.Equal("国务院办公厅关于印发全国深化“放管服”改革转变政府职能电视电话会议重点任务分工方案的通知", document.Title);
        Assert.Equal("各省、自治区、直辖市人民政府：\n……", document.Body);
        Assert.Equal("http://www.gov.cn/zhengce/content/2018-11/09/content_5338830.htm", document.Url);
        Assert.Equal("国办函〔2018〕71号", document.DocumentNumber);
        Assert.Equal("000014349/2018-00204", document.IndexNumber);
        Assert.Equal("国务院办公厅", document.Issuer);
        Assert.Equal("综合政务\\政务公开", document.Topic);
        Assert.Equal("国务院文件", document.Category);
        Assert.Equal(new DateOnly(2018, 10, 27), document.WrittenDate);
        Assert.Equal(new DateOnly(2018, 11, 9), document.PublishedDate);
        Assert.Null(document.EffectiveDate);
        Assert.Equal(Validity.Unknown, document.Validity);
        Assert.Null(document.ValidityText);
        Assert.Equal("ZhouYNF/platform-1", document.Source);
        Assert.NotNull(document.Extra);
        Assert.Equal("2019-02-17", document.Extra.Value.GetProperty("crawl_time").GetString());
    }

    [Fact]
    public void Map_top_level_topic_and_index_number_take_precedence_over_extra()
    {
        var document = Map("""
            {"id":"a","title":"t","body":"b","topic":"财政","index_number":"11110108mb01m5718r/2021-00023",
             "extra":{"topic":"其他","index_number":"000014349/2018-00204"}}
            """);

        Assert.Equal("财政", document.Topic);
        Assert.Equal("11110108MB01M5718R/2021-00023", document.IndexNumber);
    }

    [Theory]
    [InlineData("有效", Validity.Valid)]
    [InlineData("已修改", Validity.Amended)]
    [InlineData("已廢止", Validity.Repealed)]
    [InlineData("尚未生效", Validity.NotYetEffective)]
    [InlineData("待定", Validity.Unknown)]
    public void Map_validity_keeps_original_text_and_normalizes_value(string text, Validity expected)
    {
        var document = Map($$"""{"id":"a","title":"t","body":"b","validity":"{{text}}"}""");

        Assert.Equal(expected, document.Validity);
        Assert.Equal(text, document.ValidityText);
    }

    [Fact]
    public void Map_only_required_fields_leaves_optional_fields_null()
    {
        var document = Map("""{"id":"a","title":"t","body":""}""");

        Assert.Equal("", document.Body);
        Assert.Null(document.Url);
        Assert.Null(document.DocumentNumber);
        Assert.Null(document.IndexNumber);
        Assert.Null(document.Issuer);
        Assert.Null(document.Topic);
        Assert.Null(document.Category);
        Assert.Null(document.WrittenDate);
        Assert.Null(document.Source);
        Assert.Null(document.Extra);
        Assert.Equal(Validity.Unknown, document.Validity);
    }

    [Fact]
    public void Map_blank_optional_strings_become_null()
    {
        var document = Map("""{"id":"a","title":"t","body":"b","issuer":" ","doc_number":"","written_date":"  ","validity":""}""");

        Assert.Null(document.Issuer);
        Assert.Null(document.DocumentNumber);
        Assert.Null(document.WrittenDate);
        Assert.Null(document.ValidityText);
    }

    [Fact]
    public void Map_extra_is_usable_after_the_source_document_is_disposed()
    {
        PolicyDocument document;
        using (var json = JsonDocument.Parse("""{"id":"a","title":"t","body":"b","extra":{"region":"TW"}}"""))
        {
            document = CorpusRecordMapper.Map(json.RootElement);
        }

        Assert.Equal("TW", document.Extra!.Value.GetProperty("region").GetString());
    }

    [Theory]
    [InlineData("""{"title":"t","body":"b"}""", "field 'id' is missing")]
    [InlineData("""{"id":"a","body":"b"}""", "field 'title' is missing")]
    [InlineData("""{"id":"a","title":"t"}""", "field 'body' is missing")]
    [InlineData("""{"id":"a","title":5,"body":"b"}""", "field 'title' must be a string, got a number")]
    [InlineData("""{"id":"a","title":null,"body":"b"}""", "field 'title' must be a string, got null")]
    [InlineData("""{"id":"a","title":" \u3000 ","body":"b"}""", "field 'title' is empty")]
    [InlineData("""{"id":"a","title":"t","body":null}""", "field 'body' must be a string, got null")]
    [InlineData("""{"id":"a","title":"t","body":["x"]}""", "field 'body' must be a string, got an array")]
    [InlineData("""{"id":7,"title":"t","body":"b"}""", "field 'id' must be a string, got a number")]
    [InlineData("""{"id":"","title":"t","body":"b"}""", "field 'id' is empty")]
    [InlineData("""{"id":"a\nb","title":"t","body":"b"}""", "field 'id' contains a control character (U+000A) at position 1")]
    [InlineData("""{"id":" a","title":"t","body":"b"}""", "field 'id' has leading or trailing whitespace")]
    [InlineData("""{"id":"a","title":"t","body":"b","issuer":true}""", "field 'issuer' must be a string or null, got a boolean")]
    [InlineData("""{"id":"a","title":"t","body":"b","extra":"x"}""", "field 'extra' must be an object or null, got a string")]
    [InlineData("""{"id":"a","title":"t","body":"b","extra":{"topic":1}}""", "field 'extra.topic' must be a string or null, got a number")]
    [InlineData("""{"id":"a","title":"t","body":"b","written_date":"2018-02-30"}""", "field 'written_date' is not a valid date: '2018-02-30'")]
    [InlineData("""{"id":"a","title":"t","body":"b","published_date":20181107}""", "field 'published_date' must be a string or null, got a number")]
    [InlineData("""["a"]""", "a record must be a JSON object, got an array")]
    public void Map_invalid_record_throws_format_exception_naming_the_field(string json, string expectedMessage)
    {
        var ex = Assert.Throws<FormatException>(() => Map(json));

        Assert.Equal(expectedMessage, ex.Message);
    }

    [Fact]
    public void Map_id_longer_than_limit_throws_format_exception()
    {
        var id = new string('x', CorpusRecordMapper.MaxIdLength + 1);

        var ex = Assert.Throws<FormatException>(() => Map($$"""{"id":"{{id}}","title":"t","body":"b"}"""));

        Assert.Equal("field 'id' is longer than 200 characters (201)", ex.Message);
    }

    [Fact]
    public void Map_id_at_limit_is_accepted()
    {
        var id = new string('x', CorpusRecordMapper.MaxIdLength);

        Assert.Equal(id, Map($$"""{"id":"{{id}}","title":"t","body":"b"}""").Id);
    }

    private static PolicyDocument Map(string json)
    {
        using var document = JsonDocument.Parse(json);
        return CorpusRecordMapper.Map(document.RootElement);
    }
}
