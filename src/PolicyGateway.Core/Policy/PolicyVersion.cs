using System.Security.Cryptography;
using System.Text;

namespace PolicyGateway.Policy;

/// <summary>A content hash of the loaded files: the same files give the same version on every gateway instance.</summary>
public static class PolicyVersion
{
    public static string Compute(IEnumerable<(string Name, string Content)> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (name, content) in files.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            // The separators keep ("ab","c") and ("a","bc") apart.
            hash.AppendData(Encoding.UTF8.GetBytes(name));
            hash.AppendData([0]);
            hash.AppendData(Encoding.UTF8.GetBytes(content));
            hash.AppendData([0]);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
    }
}
