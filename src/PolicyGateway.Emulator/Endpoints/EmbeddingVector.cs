using System.Runtime.InteropServices;
using System.Text;

namespace PolicyGateway.Emulator.Endpoints;

/// <summary>A unit-length vector derived only from the input text, so equal inputs embed equally across runs.</summary>
internal static class EmbeddingVector
{
    public const int DefaultDimensions = 16;

    public static float[] For(string input, int dimensions)
    {
        var state = Fnv1a(input);
        var vector = new float[dimensions];
        double norm = 0;
        for (var i = 0; i < dimensions; i++)
        {
            // xorshift64: cheap, deterministic and good enough to make vectors differ.
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            vector[i] = (float)((state >> 11) * (1.0 / (1UL << 53)) * 2.0 - 1.0);
            norm += vector[i] * (double)vector[i];
        }

        var scale = norm > 0 ? (float)(1.0 / Math.Sqrt(norm)) : 0f;
        for (var i = 0; i < dimensions; i++)
        {
            vector[i] *= scale;
        }

        return vector;
    }

    /// <summary>Little-endian float32 bytes in base64, the <c>encoding_format: base64</c> form the OpenAI SDKs decode.</summary>
    public static string ToBase64(float[] vector)
    {
        var bytes = MemoryMarshal.AsBytes(vector.AsSpan());
        if (!BitConverter.IsLittleEndian)
        {
            var copy = bytes.ToArray();
            for (var i = 0; i < copy.Length; i += sizeof(float))
            {
                Array.Reverse(copy, i, sizeof(float));
            }

            return Convert.ToBase64String(copy);
        }

        return Convert.ToBase64String(bytes);
    }

    private static ulong Fnv1a(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return hash == 0 ? 1 : hash;
    }
}
