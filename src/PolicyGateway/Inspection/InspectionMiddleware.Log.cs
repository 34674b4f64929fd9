using PolicyGateway.Content;

namespace PolicyGateway.Inspection;

public sealed partial class InspectionMiddleware
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Error, Message = "Inspection of a {Api} request from {CallerId} failed; refused without forwarding")]
    private partial void LogInspectionFault(string callerId, ApiKind api, Exception exception);

    [LoggerMessage(EventId = 101, Level = LogLevel.Warning, Message = "Refused unreadable {Api} body from {CallerId}: {Reason}")]
    private partial void LogUnreadableBody(string callerId, ApiKind api, string reason);

    [LoggerMessage(EventId = 102, Level = LogLevel.Warning, Message = "Refused {Method} request from {CallerId} before inspection: {Code}")]
    private partial void LogRefused(string callerId, string method, string code);

    [LoggerMessage(EventId = 103, Level = LogLevel.Warning, Message = "Client timeout: {CallerId} sent its {Api} body too slowly; answered 408, nothing forwarded")]
    private partial void LogClientTimeout(string callerId, ApiKind api);

    [LoggerMessage(EventId = 104, Level = LogLevel.Warning, Message = "Refused {Api} request from {CallerId}: its body could not be received: {Reason}")]
    private partial void LogBadBody(string callerId, ApiKind api, string reason);
}
