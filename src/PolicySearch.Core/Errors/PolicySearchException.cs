namespace PolicySearch.Core.Errors;

/// <summary>A fault of the user's input or environment, with a stable <see cref="ErrorCodes">code</see>.</summary>
public class PolicySearchException : Exception
{
    public PolicySearchException(string code, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
    }

    public PolicySearchException()
        : this("error", "PolicySearch error.")
    {
    }

    public PolicySearchException(string message)
        : this("error", message)
    {
    }

    public PolicySearchException(string message, Exception innerException)
        : this("error", message, innerException)
    {
    }

    public string Code { get; }

    /// <summary>The parameter or field at fault, when there is one (q, page, size, a file:line).</summary>
    public string? Target { get; init; }
}
