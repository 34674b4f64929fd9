using Yarp.ReverseProxy.Forwarder;

namespace PolicyGateway.Forwarding;

public sealed partial class UpstreamErrorMiddleware
{
    [LoggerMessage(EventId = 400, Level = LogLevel.Warning, Message = "Forwarding {Path} failed ({Error}, {ExceptionType}); answered with an OpenAI error")]
    private partial void LogForwardFailed(ForwarderError error, string path, string exceptionType);

    [LoggerMessage(EventId = 401, Level = LogLevel.Warning, Message = "Kestrel rejected the body of {Path} while it was forwarded ({Status}); answered with an OpenAI error")]
    private partial void LogBodyRejected(string path, int status);
}
