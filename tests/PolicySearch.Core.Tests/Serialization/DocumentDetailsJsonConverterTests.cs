using System.Text.Json;
using PolicySearch.Core.Citations;
using PolicySearch.Core.Documents;
using PolicySearch.Core.Relations;
using PolicySearch.Core.Serialization;

namespace PolicySearch.Core.Tests.Serialization;

public class DocumentDetailsJsonConverterTests
{
    private static readonly DocumentDetails Details = new(
        new PolicyDocument { Id = "a", Title = "甲", Body = "正文", Validity = Validity.Valid, PublishedDate = new DateOnly(2021, 3, 5) },
        [new CitationLink("《乙》", CitationKind.Title, "b", "乙"), new CitationLink("国发〔2021〕1号", CitationKind.DocumentNumber)],
        [new DocumentReference("c", "丙", new DateOnly(2022, 1, 1), Validity.Amended)],
        7,
        [new DocumentReference("a0", "甲", null, Validity.Repealed)]);

    [Fact]
    public void The_document_fields_stay_at_the_top_level_next_to_the_relations()
    {
        var json = JsonSerializer.SerializeToElement(Details, PolicyJson.Options);

        Assert.Equal(
            ["id", "title", "body", "url", "documentNumber", "indexNumber", "issuer", "topic", "category", "writtenDate", "publishedDate",
             "effectiveDate", "validity", "validityText", "source", "extra", "cites", "citedBy", "citedByTotal", "versions"],
            json.EnumerateObject().Select(p => p.Name));
        Assert.Equal("2021-03-05", json.GetProperty("publishedDate").GetString());
        Assert.Equal(7, json.GetProperty("citedByTotal").GetInt32());
        Assert.Equal("amended", json.GetProperty("citedBy")[0].GetProperty("validity").GetString());
    }

    [Fact]
    public void An_unresolved_citation_is_written_as_text_and_kind_only()
    {
        var cites = JsonSerializer.SerializeToElement(Details, PolicyJson.Options).GetProperty("cites");

        Assert.Equal(["text", "kind", "id", "title"], cites[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(["text", "kind"], cites[1].EnumerateObject().Select(p => p.Name));
        Assert.Equal("documentNumber", cites[1].GetProperty("kind").GetString());
    }

    [Fact]
    public void Details_read_back_equal_what_was_written()
    {
        var json = JsonSerializer.Serialize(Details, PolicyJson.Options);
        var read = JsonSerializer.Deserialize<DocumentDetails>(json, PolicyJson.Options)!;

        Assert.Equal(Details.Document, read.Document);
        Assert.Equal(Details.Cites, read.Cites);
        Assert.Equal(Details.CitedBy, read.CitedBy);
        Assert.Equal(Details.CitedByTotal, read.CitedByTotal);
        Assert.Equal(Details.Versions, read.Versions);
    }
}
