using System.Text;

namespace PolicyGateway.Core.Tests.Content;

/// <summary>Builds multipart/form-data bodies the way HTTP clients do (CRLF line ends, a random-looking boundary).</summary>
internal sealed class Form
{
    public const string Boundary = "----formdata-undici-0123456789";
    private readonly MemoryStream _body = new();

    public static string ContentType => $"multipart/form-data; boundary={Boundary}";

    public Form Field(string name, string value) => Part($"Content-Disposition: form-data; name=\"{name}\"\r\n", Encoding.UTF8.GetBytes(value));

    public Form File(string name, string fileName, string contentType, byte[] bytes) =>
        Part($"Content-Disposition: form-data; name=\"{name}\"; filename=\"{fileName}\"\r\nContent-Type: {contentType}\r\n", bytes);

    public Form File(string name, string fileName, string contentType, string text) => File(name, fileName, contentType, Encoding.UTF8.GetBytes(text));

    public byte[] Build()
    {
        var result = new MemoryStream();
        _body.WriteTo(result);
        result.Write(Encoding.ASCII.GetBytes($"--{Boundary}--\r\n"));
        return result.ToArray();
    }

    private Form Part(string headers, byte[] content)
    {
        _body.Write(Encoding.UTF8.GetBytes($"--{Boundary}\r\n{headers}\r\n"));
        _body.Write(content);
        _body.Write("\r\n"u8);
        return this;
    }
}
