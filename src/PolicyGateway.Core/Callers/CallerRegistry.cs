using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;

namespace PolicyGateway.Callers;

/// <summary>An immutable snapshot of the registered callers, looked up by the SHA-256 of a presented key.</summary>
public sealed class CallerRegistry
{
    private readonly FrozenDictionary<string, Caller> _byKeyHash;
    private readonly FrozenDictionary<string, Caller> _byId;

    public CallerRegistry(IEnumerable<Caller> callers)
    {
        var list = callers.ToList();
        _byId = list.ToFrozenDictionary(c => c.Id, StringComparer.Ordinal);
        _byKeyHash = list
            .SelectMany(c => c.KeySha256.Select(h => (Hash: h.ToLowerInvariant(), Caller: c)))
            .ToFrozenDictionary(x => x.Hash, x => x.Caller, StringComparer.Ordinal);
        Callers = list;
    }

    public IReadOnlyList<Caller> Callers { get; }

    public Caller? FindById(string id) => _byId.GetValueOrDefault(id);

    public Caller? FindByKey(ReadOnlySpan<char> key) =>
        key.IsEmpty ? null : _byKeyHash.GetValueOrDefault(HashKey(key));

    /// <summary>Lower-case hex SHA-256 of the UTF-8 key: the only form in which keys are stored.</summary>
    public static string HashKey(ReadOnlySpan<char> key)
    {
        var maxBytes = Encoding.UTF8.GetMaxByteCount(key.Length);
        Span<byte> utf8 = maxBytes <= 1024 ? stackalloc byte[maxBytes] : new byte[maxBytes];
        var written = Encoding.UTF8.GetBytes(key, utf8);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(utf8[..written], hash);
        return Convert.ToHexStringLower(hash);
    }
}
