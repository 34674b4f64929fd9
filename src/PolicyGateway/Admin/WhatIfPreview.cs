using System.Text;
using PolicyGateway.Errors;
using PolicyGateway.Policy;
using PolicyGateway.Recording.Store;
using PolicyGateway.Recording.WhatIf;

namespace PolicyGateway.Admin;

/// <summary>
/// <c>POST /admin/api/what-if</c>: the dashboard's read-only preview. The uploaded files (multipart, one part per file,
/// named by their path in the chosen directory) are loaded as a candidate pack in memory, validated like a reload,
/// and replayed over the recorded decisions with <see cref="WhatIfReplayer"/>. Nothing is written anywhere.
/// </summary>
public static class WhatIfPreview
{
    private const int SampleSize = 10;
    private static readonly TimeSpan DefaultSince = TimeSpan.FromDays(7);

    public static async Task HandleAsync(HttpContext context, IDecisionStore store, PolicyStore live, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(live);
        ArgumentNullException.ThrowIfNull(time);
        var request = context.Request;
        var sinceText = request.Query["since"].ToString();
        var since = sinceText.Length == 0 ? DefaultSince : WhatIfCommand.ParseSpan(sinceText);
        if (since is null)
        {
            await BadRequestAsync(context, "invalid_parameter", "since must be a number followed by d, h or m, e.g. 7d", []);
            return;
        }
        if (!request.HasFormContentType)
        {
            await BadRequestAsync(context, "invalid_parameter", "post the policy files as multipart/form-data", []);
            return;
        }
        var form = await request.ReadFormAsync(context.RequestAborted);
        if (form.Files.Count is 0 or > CandidatePack.MaxFiles)
        {
            await BadRequestAsync(context, "invalid_parameter", $"post 1 to {CandidatePack.MaxFiles} files", []);
            return;
        }
        var files = new List<(string, string)>(form.Files.Count);
        foreach (var file in form.Files)
        {
            if (file.Length > CandidatePack.MaxFileBytes)
            {
                await BadRequestAsync(context, "invalid_parameter", $"{file.FileName} is larger than {CandidatePack.MaxFileBytes} bytes", []);
                return;
            }
            using var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8);
            files.Add((file.FileName, await reader.ReadToEndAsync(context.RequestAborted)));
        }
        var errors = new List<string>();
        if (CandidatePack.TryLoad(files, live.Current.Required, errors) is not { } candidate)
        {
            await BadRequestAsync(context, "invalid_policies", "the candidate policies are invalid; nothing was replayed", errors);
            return;
        }
        var from = time.GetUtcNow() - since.Value;
        var report = await WhatIfReplayer.RunAsync(store, candidate.Policies, from, SampleSize, context.RequestAborted);
        await AdminApi.WriteJsonAsync(context, new
        {
            candidate = new { version = candidate.Version, files = candidate.Files, rules = candidate.Policies.Rules.Select(r => r.Id) },
            live = new { version = live.Current.Version },
            since = from,
            report.Evaluated,
            report.Skipped,
            report.AllowToDeny,
            report.DenyToAllow,
            report.AllowToDenySample,
            report.DenyToAllowSample,
            rules = report.Rules.Values.Where(r => r.Any).Select(r => new
            {
                r.RuleId, r.NewlyDenied, r.NoLongerDenied, r.NewlyShadowed, r.NoLongerShadowed, r.NewlyDeniedSample, r.NoLongerDeniedSample,
            }),
        });
    }

    private static async Task BadRequestAsync(HttpContext context, string code, string message, IReadOnlyList<string> errors)
    {
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        await AdminApi.WriteJsonAsync(context, new { error = new { message, type = "invalid_request_error", param = (string?)null, code, errors } });
    }
}
