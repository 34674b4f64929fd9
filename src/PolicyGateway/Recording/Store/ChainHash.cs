using System.Buffers;
using System.Security.Cryptography;
using System.Text.Json;

namespace PolicyGateway.Recording.Store;

/// <summary>
/// The hash that links a record to its chain: SHA-256 over the previous hash and a canonical form of every stored
/// field, written in a fixed order so that the same record always hashes the same whichever store it came back from.
/// <see cref="DecisionRecord.Seq"/> is left out: it orders the chain, and the links, not the numbers, prove the order.
/// </summary>
public static class ChainHash
{
    private const int MaxKeptBufferBytes = 64 * 1024;

    private static readonly Comparison<KeyValuePair<string, double>> IntentOrder = (a, b) => string.CompareOrdinal(a.Key, b.Key);

    // Every recorded call is hashed on the journal's writer: one buffer and JSON writer per thread, reset for each
    // record, instead of a fresh 1 KB buffer and writer per record. Compute is synchronous, so no other record can
    // interleave on the same thread.
    [ThreadStatic] private static ArrayBufferWriter<byte>? t_buffer;
    [ThreadStatic] private static Utf8JsonWriter? t_json;

    public static string Compute(DecisionRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return Compute(record, record.Instance, record.PrevHash);
    }

    /// <summary>
    /// The hash <paramref name="record"/> will have once it joins <paramref name="instance"/>'s chain after
    /// <paramref name="prevHash"/>: the journal links each record with one copy instead of a second one for the hash.
    /// </summary>
    public static string Compute(DecisionRecord record, string instance, string prevHash)
    {
        ArgumentNullException.ThrowIfNull(record);
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(1024);
        buffer.ResetWrittenCount();
        var json = t_json ??= new Utf8JsonWriter(buffer);
        json.Reset(buffer);
        json.WriteStartArray();
        json.WriteStringValue(prevHash);
        json.WriteStringValue(record.Id);
        json.WriteStringValue(record.Kind.ToString());
        json.WriteStringValue(instance);
        json.WriteNumberValue(record.Time.ToUnixTimeMilliseconds());
        json.WriteStringValue(record.CallerId);
        json.WriteStringValue(record.Organization);
        json.WriteStringValue(record.Sector);
        json.WriteStringValue(record.Country);
        json.WriteStringValue(record.Subdivision);
        WriteStrings(json, record.ActsFor);
        json.WriteStringValue(record.Method);
        json.WriteStringValue(record.Route);
        json.WriteStringValue(record.Api);
        json.WriteStringValue(record.Deployment);
        json.WriteStringValue(record.Action);
        WriteStrings(json, record.EnforcedRules);
        WriteStrings(json, record.ShadowRules);
        json.WriteStartArray();
        foreach (var (label, confidence) in SortedIntents(record.Intents))
        {
            json.WriteStringValue(label);
            json.WriteNumberValue(confidence);
        }
        json.WriteEndArray();
        json.WriteStartArray();
        foreach (var e in record.Evidence)
        {
            json.WriteStringValue(e.Intent);
            json.WriteStringValue(e.Signal);
            json.WriteStringValue(e.Location);
            json.WriteStringValue(e.Excerpt);
        }
        json.WriteEndArray();
        json.WriteStringValue(record.BodySha256);
        json.WriteStringValue(record.ClientAddress);
        json.WriteStringValue(record.UserAgent);
        WriteNumber(json, record.UpstreamStatus);
        WriteNumber(json, record.UpstreamLatencyMs);
        json.WriteNumberValue(record.DecisionMs);
        json.WriteStringValue(record.PolicyVersion);
        json.WriteStringValue(record.ModelVersion);
        json.WriteStringValue(record.SessionId);
        json.WriteStringValue(record.Failure);
        json.WriteStringValue(record.Location);
        WriteNumber(json, record.PurgedThroughSeq);
        json.WriteStringValue(record.PurgedThroughHash);
        WriteNumber(json, record.PurgedCount);
        // Only when present: records without a captured body (all of them before full capture existed) hash as they did.
        if (record.CapturedBody is not null)
        {
            json.WriteStringValue(record.CapturedBody);
        }
        json.WriteEndArray();
        json.Flush();
        var hash = Convert.ToHexStringLower(SHA256.HashData(buffer.WrittenSpan));
        if (buffer.Capacity > MaxKeptBufferBytes)
        {
            // A fully captured body can be megabytes; the thread does not keep a buffer that size for ever.
            t_buffer = null;
            t_json = null;
        }
        return hash;
    }

    /// <summary>The intents by label, ordinally: labels are unique, so any sort gives the order the hash has always used.</summary>
    private static KeyValuePair<string, double>[] SortedIntents(IReadOnlyDictionary<string, double> intents)
    {
        var sorted = intents.ToArray();
        Array.Sort(sorted, IntentOrder);
        return sorted;
    }

    private static void WriteStrings(Utf8JsonWriter json, IReadOnlyList<string> values)
    {
        json.WriteStartArray();
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }
        json.WriteEndArray();
    }

    private static void WriteNumber(Utf8JsonWriter json, double? value)
    {
        if (value is { } v) json.WriteNumberValue(v);
        else json.WriteNullValue();
    }

    private static void WriteNumber(Utf8JsonWriter json, long? value)
    {
        if (value is { } v) json.WriteNumberValue(v);
        else json.WriteNullValue();
    }
}
