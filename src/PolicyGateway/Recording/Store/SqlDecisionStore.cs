using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Text;

namespace PolicyGateway.Recording.Store;

/// <summary>The decision store over ADO.NET; the SQL is portable between SQLite and PostgreSQL, the dialect supplies the rest.</summary>
public sealed class SqlDecisionStore(ISqlDialect dialect) : IDecisionStore, IAsyncDisposable
{
    private const string DecisionKind = nameof(RecordKind.Decision);

    // Appends are serialised: journals of several instances may share one store object (tests, the replay of a spool).
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private DecisionWriter? _writer;

    public string Description => dialect.Description;

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await dialect.LockForMigrationAsync(connection, transaction, cancellationToken);
        await ExecuteAsync(connection, transaction, "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, applied_at_ms BIGINT NOT NULL)", cancellationToken);
        var applied = new HashSet<int>();
        await using (var select = Command(connection, transaction, "SELECT version FROM schema_migrations"))
        await using (var reader = await select.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                applied.Add(Convert.ToInt32(reader.GetValue(0)));
            }
        }
        foreach (var migration in dialect.Migrations.Where(m => !applied.Contains(m.Version)).OrderBy(m => m.Version))
        {
            foreach (var statement in migration.Statements)
            {
                await ExecuteAsync(connection, transaction, statement, cancellationToken);
            }
            await using var insert = Command(connection, transaction, "INSERT INTO schema_migrations (version, name, applied_at_ms) VALUES (@v, @n, @t)",
                ("@v", migration.Version), ("@n", migration.Name), ("@t", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()));
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<ChainHead?> GetChainHeadAsync(string instance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await using var command = Command(connection, null, "SELECT seq, hash FROM decisions WHERE instance = @i ORDER BY seq DESC LIMIT 1", ("@i", instance));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new ChainHead(Convert.ToInt64(reader.GetValue(0)), reader.GetString(1)) : null;
    }

    public Task<ChainClaim?> TryClaimChainAsync(string instance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return dialect.TryClaimChainAsync(instance, cancellationToken);
    }

    public async Task AppendAsync(IReadOnlyList<DecisionRecord> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        if (records.Count == 0) return;
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            _writer ??= await DecisionWriter.OpenAsync(dialect, cancellationToken);
            await _writer.AppendAsync(records, cancellationToken);
        }
        catch
        {
            // A failed session (the server restarted, the disk filled) is not reused: the next append opens a fresh one.
            await DropWriterAsync();
            throw;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public async Task<DecisionRecord?> GetAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await using var command = Command(connection, null, $"SELECT {DecisionRows.Columns} FROM decisions WHERE id = @id", ("@id", id));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? DecisionRows.Read(reader) : null;
    }

    public async Task<DecisionPage> QueryAsync(DecisionQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var limit = Math.Clamp(query.Limit, 1, DecisionQuery.MaxLimit);
        var where = new StringBuilder("kind = @kind");
        var parameters = new List<(string, object)> { ("@kind", DecisionKind) };
        void Add(string condition, string name, object value)
        {
            where.Append(" AND ").Append(condition);
            parameters.Add((name, value));
        }
        switch (query.Action?.ToLowerInvariant())
        {
            case null or "": break;
            case "shadow": where.Append(" AND shadow_rules <> '[]'"); break;
            default: Add("action = @action", "@action", query.Action.ToLowerInvariant()); break;
        }
        if (!string.IsNullOrEmpty(query.Caller)) Add("caller_id = @caller", "@caller", query.Caller);
        if (!string.IsNullOrEmpty(query.Rule)) Add(@"rules_index LIKE @rule ESCAPE '\'", "@rule", "%," + EscapeLike(query.Rule) + ",%");
        if (!string.IsNullOrEmpty(query.Sector)) Add("sector = @sector", "@sector", query.Sector);
        if (!string.IsNullOrEmpty(query.Country)) Add("country = @country", "@country", query.Country.ToUpperInvariant());
        if (!string.IsNullOrEmpty(query.Api)) Add("api = @api", "@api", query.Api);
        if (query.From is { } from) Add("time_ms >= @from", "@from", from.ToUnixTimeMilliseconds());
        if (query.To is { } to) Add("time_ms < @to", "@to", to.ToUnixTimeMilliseconds());
        if (!string.IsNullOrEmpty(query.Text)) Add(@"evidence_text LIKE @text ESCAPE '\'", "@text", "%" + EscapeLike(query.Text.ToLowerInvariant()) + "%");
        if (!string.IsNullOrEmpty(query.Before)) Add("id < @before", "@before", query.Before);
        parameters.Add(("@limit", limit + 1));

        await using var connection = await dialect.OpenAsync(cancellationToken);
        // Decision ids start with their millisecond timestamp, so id order is time order and a stable cursor.
        await using var command = Command(connection, null,
            $"SELECT {DecisionRows.Columns} FROM decisions WHERE {where} ORDER BY id DESC LIMIT @limit", [.. parameters]);
        var records = new List<DecisionRecord>(limit + 1);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                records.Add(DecisionRows.Read(reader));
            }
        }
        if (records.Count <= limit)
        {
            return new DecisionPage(records, null);
        }
        records.RemoveAt(limit);
        return new DecisionPage(records, records[^1].Id);
    }

    public async Task<IReadOnlyList<AggregateRow>> AggregateAsync(AggregateBucket bucket, DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken)
    {
        var width = bucket == AggregateBucket.Hour ? 3_600_000L : 86_400_000L;
        var where = new StringBuilder("kind = @kind");
        var parameters = new List<(string, object)> { ("@kind", DecisionKind), ("@w", width) };
        if (from is { } f) { where.Append(" AND time_ms >= @from"); parameters.Add(("@from", f.ToUnixTimeMilliseconds())); }
        if (to is { } t) { where.Append(" AND time_ms < @to"); parameters.Add(("@to", t.ToUnixTimeMilliseconds())); }

        await using var connection = await dialect.OpenAsync(cancellationToken);
        // Grouped in SQL by the rule lists as stored; split into single rules here (a decision has few).
        await using var command = Command(connection, null,
            $"SELECT (time_ms / @w) * @w AS bucket, action, caller_id, enforced_rules, shadow_rules, COUNT(*) FROM decisions WHERE {where} " +
            "GROUP BY 1, 2, 3, 4, 5", [.. parameters]);
        var counts = new Dictionary<(long, string, string), long>();
        void Count(long b, string dimension, string key, long n) =>
            counts[(b, dimension, key)] = counts.GetValueOrDefault((b, dimension, key)) + n;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var b = Convert.ToInt64(reader.GetValue(0));
                var n = Convert.ToInt64(reader.GetValue(5));
                var shadow = System.Text.Json.JsonSerializer.Deserialize<string[]>(reader.GetString(4))!;
                var action = reader.GetString(1) == "allow" && shadow.Length > 0 ? "shadow" : reader.GetString(1);
                Count(b, "action", action, n);
                Count(b, "caller", reader.GetString(2), n);
                var enforced = System.Text.Json.JsonSerializer.Deserialize<string[]>(reader.GetString(3))!;
                foreach (var rule in enforced.Concat(shadow).Distinct())
                {
                    Count(b, "rule", rule, n);
                }

                // Only enforced rules deny: the dashboard charts denials by rule from this dimension.
                foreach (var rule in enforced.Distinct())
                {
                    Count(b, "denied_rule", rule, n);
                }
            }
        }
        return counts
            .Select(c => new AggregateRow(DateTimeOffset.FromUnixTimeMilliseconds(c.Key.Item1), c.Key.Item2, c.Key.Item3, c.Value))
            .OrderBy(r => r.Bucket).ThenBy(r => r.Dimension, StringComparer.Ordinal).ThenByDescending(r => r.Count).ThenBy(r => r.Key, StringComparer.Ordinal)
            .ToList();
    }

    public async Task<IReadOnlyList<string>> InstancesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await using var command = Command(connection, null, "SELECT DISTINCT instance FROM decisions ORDER BY instance");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var instances = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            instances.Add(reader.GetString(0));
        }
        return instances;
    }

    public async IAsyncEnumerable<DecisionRecord> ReadChainAsync(string instance, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await using var command = Command(connection, null, $"SELECT {DecisionRows.Columns} FROM decisions WHERE instance = @i ORDER BY seq", ("@i", instance));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return DecisionRows.Read(reader);
        }
    }

    public async Task<PurgeBoundary?> FindPurgeBoundaryAsync(string instance, DateTimeOffset olderThan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await using var command = Command(connection, null,
            "SELECT seq, hash FROM decisions WHERE instance = @i AND time_ms < @t ORDER BY seq DESC LIMIT 1",
            ("@i", instance), ("@t", olderThan.ToUnixTimeMilliseconds()));
        long seq;
        string hash;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken)) return null;
            seq = Convert.ToInt64(reader.GetValue(0));
            hash = reader.GetString(1);
        }
        await using var count = Command(connection, null, "SELECT COUNT(*) FROM decisions WHERE instance = @i AND seq <= @s", ("@i", instance), ("@s", seq));
        return new PurgeBoundary(seq, hash, Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken)));
    }

    public async Task PurgeAsync(string instance, long throughSeq, DecisionRecord purge, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(purge);
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var delete = Command(connection, transaction, "DELETE FROM decisions WHERE instance = @i AND seq <= @s", ("@i", instance), ("@s", throughSeq)))
        {
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }
        await InsertAsync(connection, transaction, [purge], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _writeLock.WaitAsync();
        try
        {
            await DropWriterAsync();
        }
        finally
        {
            _writeLock.Release();
        }
        if (dialect is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
    }

    private async Task DropWriterAsync()
    {
        if (Interlocked.Exchange(ref _writer, null) is { } writer)
        {
            await writer.DisposeAsync();
        }
    }

    private static async Task InsertAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<DecisionRecord> records, CancellationToken cancellationToken)
    {
        await using var insert = Command(connection, transaction, DecisionRows.InsertSql);
        DecisionRows.AddParameters(insert);
        foreach (var record in records)
        {
            DecisionRows.SetValues(insert, record);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static string EscapeLike(string value) =>
        value.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal);

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, sql);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        return command;
    }
}
