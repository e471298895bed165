namespace PolicySearch.Engine.Schema;

/// <summary>Dates as sortable yyyymmdd integers for numeric fields and doc values.</summary>
internal static class DateKeys
{
    public static int ToInt(DateOnly date) => (date.Year * 10000) + (date.Month * 100) + date.Day;
}
