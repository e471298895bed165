namespace PolicySearch.Api.Requests;

/// <summary>One thing wrong with a request parameter: its stable code, the parameter, and a message naming the bad value.</summary>
internal sealed record ParameterFault(string Code, string Parameter, string Message);
