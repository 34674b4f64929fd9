namespace PolicyGateway.Content.Multipart;

/// <summary>One part of a multipart/form-data body; <see cref="Body"/> is a slice of the request body, not a copy.</summary>
/// <param name="Name">The form field name from Content-Disposition (e.g. <c>file</c>, <c>purpose</c>, <c>image[]</c>).</param>
/// <param name="FileName">The uploaded file's name, when the part is a file.</param>
public sealed record MultipartSection(string? Name, string? FileName, string? ContentType, ReadOnlyMemory<byte> Body);
