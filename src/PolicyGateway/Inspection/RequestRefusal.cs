namespace PolicyGateway.Inspection;

/// <summary>Why <see cref="RequestGate"/> refused a request, as the OpenAI error the caller gets.</summary>
public sealed record RequestRefusal(int Status, string Code, string Message, string? Param = null);
