using System.Reflection;
using Microsoft.Extensions.Logging;

namespace PolicyGateway.Tests.Hosting;

/// <summary>Log events are found by their EventId in dashboards and alerts, so no two messages may share one.</summary>
public sealed class LogEventIdTests
{
    [Theory]
    [InlineData(typeof(PolicyGateway.Hosting.GatewayApp))]
    [InlineData(typeof(PolicyGateway.Policy.PolicyStore))]
    public void Every_log_message_of_an_assembly_has_its_own_event_id(Type anyTypeOfTheAssembly)
    {
        var messages = anyTypeOfTheAssembly.Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Select(m => (Method: $"{m.DeclaringType!.Name}.{m.Name}", Attribute: m.GetCustomAttribute<LoggerMessageAttribute>()))
            .Where(m => m.Attribute is not null)
            .ToList();

        Assert.NotEmpty(messages);
        var shared = messages.GroupBy(m => m.Attribute!.EventId).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(m => m.Method))}").ToList();
        Assert.True(shared.Count == 0, "shared EventIds: " + string.Join("; ", shared));
    }
}
