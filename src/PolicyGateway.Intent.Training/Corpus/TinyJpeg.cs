using System.Buffers.Binary;
using System.Text;

namespace PolicyGateway.Intent.Training.Corpus;

/// <summary>Builds a tiny JPEG with an EXIF APP1 segment carrying Make, Model and Software, for corpus image requests.</summary>
public static class TinyJpeg
{
    // A 1x1 grey JPEG body (everything after SOI); only its segment structure matters to metadata readers.
    private static readonly byte[] Body = Convert.FromBase64String(
        "/+AAEEpGSUYAAQEBAEgASAAA/9sAQwD//////////////////////////////////////////////////////////////////////////////////////8IACwgAAQABAQERAP/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAT8Q/9k=");

    public static byte[] WithExif(string make, string model, string software)
    {
        var tags = new List<(ushort Tag, string Value)>();
        if (make.Length > 0)
        {
            tags.Add((0x010F, make));
        }

        if (model.Length > 0)
        {
            tags.Add((0x0110, model));
        }

        if (software.Length > 0)
        {
            tags.Add((0x0131, software));
        }

        using var output = new MemoryStream();
        output.Write([0xFF, 0xD8]);
        if (tags.Count > 0)
        {
            var tiff = Tiff(tags);
            var app1Length = 2 + 6 + tiff.Length;
            output.Write([0xFF, 0xE1, (byte)(app1Length >> 8), (byte)app1Length]);
            output.Write("Exif\0\0"u8);
            output.Write(tiff);
        }

        output.Write(Body);
        return output.ToArray();
    }

    private static byte[] Tiff(List<(ushort Tag, string Value)> tags)
    {
        var ifdSize = 2 + tags.Count * 12 + 4;
        var dataOffset = 8 + ifdSize;
        var data = new MemoryStream();
        var ifd = new byte[ifdSize];
        BinaryPrimitives.WriteUInt16LittleEndian(ifd, (ushort)tags.Count);
        for (var i = 0; i < tags.Count; i++)
        {
            var value = Encoding.ASCII.GetBytes(tags[i].Value + "\0");
            var entry = ifd.AsSpan(2 + i * 12, 12);
            BinaryPrimitives.WriteUInt16LittleEndian(entry, tags[i].Tag);
            BinaryPrimitives.WriteUInt16LittleEndian(entry[2..], 2);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[4..], (uint)value.Length);
            if (value.Length <= 4)
            {
                value.CopyTo(entry[8..]);
            }
            else
            {
                BinaryPrimitives.WriteUInt32LittleEndian(entry[8..], (uint)(dataOffset + data.Length));
                data.Write(value);
            }
        }

        var tiff = new MemoryStream();
        tiff.Write("II*\0"u8);
        tiff.Write([8, 0, 0, 0]);
        tiff.Write(ifd);
        data.Position = 0;
        data.CopyTo(tiff);
        return tiff.ToArray();
    }
}
