namespace PolicyGateway.Hosting;

public sealed partial class RequestLogMiddleware
{
    [LoggerMessage(EventId = 306, Message = "{RequestMethod} {RequestPath} caller={CallerId} decision={DecisionId} {Decision} responded {StatusCode} in {Elapsed:0.000} ms")]
    private partial void LogRequest(LogLevel level, Exception? exception, string requestMethod, string requestPath, string callerId,
        string decisionId, string decision, int statusCode, double elapsed);
}
