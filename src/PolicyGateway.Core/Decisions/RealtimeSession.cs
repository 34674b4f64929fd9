using PolicyGateway.Content;
using PolicyGateway.Intent;

namespace PolicyGateway.Decisions;

/// <summary>
/// What one realtime connection has given the model so far, so that intent split across events ("here is a live
/// bodycam feed" … later … "now tell me who this is") is classified together. Bounded: the latest session
/// configuration (instructions, tools) is always kept, earlier items drop out oldest first, and image bytes are not
/// kept once their event has been decided (their metadata is). One instance per connection; thread-safe.
/// </summary>
public sealed class RealtimeSession
{
    private readonly Lock _lock = new();
    private readonly LinkedList<ContentPart> _items = new();
    private ContentPart[] _configuration = [];
    private int _itemChars;
    private IntentResult? _lastIntents;

    /// <summary>Earlier content to classify with the next event: session configuration first, then items in order.</summary>
    internal IReadOnlyList<ContentPart> History()
    {
        lock (_lock)
        {
            return [.. _configuration, .. _items];
        }
    }

    /// <summary>The intents of the history alone, from the last event that added content; reused for events that add none.</summary>
    internal IntentResult? LastIntents
    {
        get { lock (_lock) { return _lastIntents; } }
    }

    /// <summary>Adds an allowed event's parts. Denied events are not remembered: they never reached the model.</summary>
    internal void Remember(IReadOnlyList<ContentPart> parts, IntentResult intents, DecisionEngineOptions options)
    {
        lock (_lock)
        {
            _lastIntents = intents;
            var configuration = parts.Where(IsSessionConfiguration).ToArray();
            if (configuration.Length > 0)
            {
                // session.update replaces the session's instructions and tools; it does not add to them.
                _configuration = configuration.Select(WithoutBytes).ToArray();
            }
            foreach (var part in parts.Where(p => !IsSessionConfiguration(p)))
            {
                _items.AddLast(WithoutBytes(part));
                _itemChars += part.Text?.Length ?? 0;
            }
            while (_items.Count > 0 && (_items.Count > options.RealtimeHistoryParts || _itemChars > options.RealtimeHistoryChars))
            {
                _itemChars -= _items.First!.Value.Text?.Length ?? 0;
                _items.RemoveFirst();
            }
        }
    }

    private static bool IsSessionConfiguration(ContentPart part) =>
        part.Location.StartsWith("session", StringComparison.Ordinal);

    private static ContentPart WithoutBytes(ContentPart part) => part.Data.IsEmpty ? part : part with { Data = default };
}
