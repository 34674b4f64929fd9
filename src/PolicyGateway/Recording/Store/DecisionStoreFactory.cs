using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace PolicyGateway.Recording.Store;

/// <summary>Chooses the store from <see cref="RecordingOptions.ConnectionString"/>: none or <c>Data Source=</c> is SQLite, <c>Host=</c> PostgreSQL.</summary>
public static class DecisionStoreFactory
{
    public static SqlDecisionStore Create(RecordingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return new SqlDecisionStore(new SqliteDialect(options.ResolvedSqlitePath));
        }
        return IsPostgres(options.ConnectionString)
            ? new SqlDecisionStore(new PostgresDialect(options.ConnectionString))
            : new SqlDecisionStore(new SqliteDialect(new SqliteConnectionStringBuilder(options.ConnectionString).DataSource));
    }

    public static bool IsSupported(string? connectionString) =>
        connectionString is not null && (IsPostgres(connectionString) || IsSqlite(connectionString));

    private static bool IsPostgres(string connectionString) => HasKey(connectionString, "Host") || HasKey(connectionString, "Server");

    private static bool IsSqlite(string connectionString) => HasKey(connectionString, "Data Source") || HasKey(connectionString, "DataSource");

    private static bool HasKey(string connectionString, string key)
    {
        try
        {
            return new DbConnectionStringBuilder { ConnectionString = connectionString }.ContainsKey(key);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
