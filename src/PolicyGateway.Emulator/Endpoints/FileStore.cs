namespace PolicyGateway.Emulator.Endpoints;

/// <summary>Uploaded files in memory, oldest evicted first so a long benchmark cannot exhaust memory.</summary>
internal sealed class FileStore
{
    private const int MaxFiles = 512;
    private const long MaxTotalBytes = 256L * 1024 * 1024;

    private readonly List<StoredFile> _files = [];
    private readonly Lock _gate = new();
    private long _totalBytes;

    public void Add(StoredFile file)
    {
        lock (_gate)
        {
            _files.Add(file);
            _totalBytes += file.Content.Length;
            while (_files.Count > 1 && (_files.Count > MaxFiles || _totalBytes > MaxTotalBytes))
            {
                _totalBytes -= _files[0].Content.Length;
                _files.RemoveAt(0);
            }
        }
    }

    public StoredFile? Find(string id)
    {
        lock (_gate)
        {
            return _files.Find(f => f.Id == id);
        }
    }

    public bool Remove(string id)
    {
        lock (_gate)
        {
            var index = _files.FindIndex(f => f.Id == id);
            if (index < 0)
            {
                return false;
            }

            _totalBytes -= _files[index].Content.Length;
            _files.RemoveAt(index);
            return true;
        }
    }

    public List<StoredFile> List(string? purpose)
    {
        lock (_gate)
        {
            return purpose is null ? [.. _files] : _files.FindAll(f => f.Purpose == purpose);
        }
    }
}
