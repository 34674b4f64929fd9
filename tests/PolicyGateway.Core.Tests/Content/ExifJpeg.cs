using System.Text;

namespace PolicyGateway.Core.Tests.Content;

/// <summary>
/// Builds a minimal JPEG (SOI, an EXIF APP1 segment, EOI) whose TIFF block holds IFD0 (Make, Model), an Exif sub-IFD
/// (DateTimeOriginal, BodySerialNumber, LensModel) and optionally Software, a GPS IFD and an XMP packet: exactly the tags a body-worn camera writes.
/// </summary>
internal static class ExifJpeg
{
    private const ushort Ascii = 2;
    private const ushort Long = 4;
    private const ushort Byte = 1;

    public static byte[] Build(
        string make,
        string model,
        string? dateTimeOriginal = null,
        string? serialNumber = null,
        bool gps = false,
        string? xmpCreatorTool = null,
        string? software = null,
        string? lensModel = null)
    {
        var ifd0 = new List<Entry> { Text(0x010F, make), Text(0x0110, model) };
        if (software is not null)
        {
            ifd0.Add(Text(0x0131, software));
        }

        var exif = new List<Entry>();
        if (dateTimeOriginal is not null)
        {
            exif.Add(Text(0x9003, dateTimeOriginal));
        }

        if (serialNumber is not null)
        {
            exif.Add(Text(0xA431, serialNumber));
        }

        if (lensModel is not null)
        {
            exif.Add(Text(0xA434, lensModel));
        }

        var gpsIfd = gps ? new List<Entry> { new(0x0000, Byte, 4, [2, 3, 0, 0]) } : [];

        // Layout: header, IFD0, Exif IFD, GPS IFD, then the out-of-line values.
        int ifd0Size = IfdSize(ifd0.Count + (exif.Count > 0 ? 1 : 0) + (gps ? 1 : 0));
        int exifOffset = 8 + ifd0Size;
        int gpsOffset = exifOffset + (exif.Count > 0 ? IfdSize(exif.Count) : 0);
        int dataOffset = gpsOffset + (gps ? IfdSize(gpsIfd.Count) : 0);
        if (exif.Count > 0)
        {
            ifd0.Add(new Entry(0x8769, Long, 1, BitConverter.GetBytes((uint)exifOffset)));
        }

        if (gps)
        {
            ifd0.Add(new Entry(0x8825, Long, 1, BitConverter.GetBytes((uint)gpsOffset)));
        }

        var tiff = new MemoryStream();
        var data = new MemoryStream();
        tiff.Write("II*\0"u8);
        tiff.Write(BitConverter.GetBytes(8u));
        WriteIfd(tiff, ifd0, data, dataOffset);
        if (exif.Count > 0)
        {
            WriteIfd(tiff, exif, data, dataOffset);
        }

        if (gps)
        {
            WriteIfd(tiff, gpsIfd, data, dataOffset);
        }

        tiff.Write(data.ToArray());

        var app1 = new MemoryStream();
        app1.Write("Exif\0\0"u8);
        app1.Write(tiff.ToArray());
        int segmentLength = (int)app1.Length + 2;

        var jpeg = new MemoryStream();
        jpeg.Write([0xFF, 0xD8, 0xFF, 0xE1, (byte)(segmentLength >> 8), (byte)segmentLength]);
        jpeg.Write(app1.ToArray());
        if (xmpCreatorTool is not null)
        {
            WriteXmp(jpeg, xmpCreatorTool);
        }

        jpeg.Write([0xFF, 0xD9]);
        return jpeg.ToArray();
    }

    // An XMP packet in its own APP1 segment, as Adobe tools and many camera apps write it.
    private static void WriteXmp(MemoryStream jpeg, string creatorTool)
    {
        byte[] payload = Encoding.UTF8.GetBytes(
            "http://ns.adobe.com/xap/1.0/\0"
            + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
            + $"<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmp:CreatorTool=\"{creatorTool}\"/>"
            + "</rdf:RDF></x:xmpmeta>");
        int length = payload.Length + 2;
        jpeg.Write([0xFF, 0xE1, (byte)(length >> 8), (byte)length]);
        jpeg.Write(payload);
    }

    private static int IfdSize(int entries) => 2 + (12 * entries) + 4;

    private static Entry Text(ushort tag, string value)
    {
        byte[] bytes = Encoding.ASCII.GetBytes(value + "\0");
        return new Entry(tag, Ascii, (uint)bytes.Length, bytes);
    }

    private static void WriteIfd(MemoryStream tiff, List<Entry> entries, MemoryStream data, int dataOffset)
    {
        tiff.Write(BitConverter.GetBytes((ushort)entries.Count));
        foreach (var entry in entries.OrderBy(e => e.Tag))
        {
            tiff.Write(BitConverter.GetBytes(entry.Tag));
            tiff.Write(BitConverter.GetBytes(entry.Type));
            tiff.Write(BitConverter.GetBytes(entry.Count));
            if (entry.Value.Length <= 4)
            {
                var inline = new byte[4];
                entry.Value.CopyTo(inline, 0);
                tiff.Write(inline);
            }
            else
            {
                tiff.Write(BitConverter.GetBytes((uint)(dataOffset + data.Length)));
                data.Write(entry.Value);
                if (data.Length % 2 == 1)
                {
                    data.WriteByte(0);
                }
            }
        }

        tiff.Write(BitConverter.GetBytes(0u));
    }

    private sealed record Entry(ushort Tag, ushort Type, uint Count, byte[] Value);
}
