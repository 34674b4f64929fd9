using Microsoft.AspNetCore.Hosting.Server;
using PolicyGateway.Admin;
using Microsoft.AspNetCore.Hosting.Server.Features;
using PolicyGateway.Callers;
using PolicyGateway.Configuration;
using PolicyGateway.Dashboard;
using PolicyGateway.Errors;
using PolicyGateway.Decisions;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using PolicyGateway.Forwarding;
using PolicyGateway.Health;
using PolicyGateway.Inspection;
using PolicyGateway.Intent;
using PolicyGateway.Intent.Semantic;
using PolicyGateway.Policy;
using PolicyGateway.Realtime;
using PolicyGateway.Recording;
using PolicyGateway.Telemetry;
using Serilog;
using Serilog.Events;
using Serilog.Extensions.Logging;
using Yarp.ReverseProxy.Health;

namespace PolicyGateway.Hosting;

/// <summary>Composes the gateway: caller → content → intent → policy → decision → forward or block → record.</summary>
public static class GatewayApp
{
    public const string DefaultUrl = "http://127.0.0.1:8080";

    private const string ReadyTag = "ready";

    /// <param name="overrideServices">Replaces registrations after the defaults; for tests that need a faulty part.</param>
    public static async Task<WebApplication> BuildAsync(string[] args, Action<IServiceCollection>? overrideServices = null, CancellationToken cancellationToken = default)
    {
        // appsettings*.json are read from beside the binary, not the working directory: `dotnet run` keeps the caller's
        // working directory (for the CLI's relative paths), and a published gateway may be started from anywhere.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["http_ports"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        var options = BindAndValidate(builder.Configuration);
        builder.Services.AddSingleton(options);
        // Kestrel's default cap (30,000,000 bytes) would fire before the inspection limit with a bare 413; aligned, the
        // inspection step answers every oversized body itself with an OpenAI error.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = options.Inspection.MaxBodyBytes);
        var logger = ConfigureLogging(builder);

        // Policies first: an invalid set must stop start-up before anything else is started.
        var policies = PolicyStore.Open(options.PoliciesPath,
            new PolicyStoreOptions { DemoCallersFile = options.Demo ? options.DemoCallersPath : null },
            new SerilogLoggerFactory(logger).CreateLogger<PolicyStore>());
        // Registered through factories so the container disposes them (the watcher, the in-process emulator).
        builder.Services.AddSingleton(_ => policies);
        AddDecisionPipeline(builder.Services, options, policies);
        builder.Services.AddDecisionRecording(builder.Configuration);
        builder.Services.AddAdminApi(builder.Configuration);

        var upstream = await UpstreamFactory.CreateAsync(options.Upstream, cancellationToken);
        builder.Services.AddSingleton(_ => upstream);
        AddForwarding(builder.Services, options.Upstream, upstream);

        builder.Services.AddGatewayTelemetry(builder.Configuration);

        builder.Services.AddHealthChecks()
            .AddCheck<PoliciesHealthCheck>("policies", tags: [ReadyTag])
            .AddCheck<UpstreamHealthCheck>("upstream", tags: [ReadyTag]);

        overrideServices?.Invoke(builder.Services);
        var app = builder.Build();
        ConfigurePipeline(app, options);
        WarmUp(app);
        LogStartup(app, options, upstream);
        return app;
    }

    private static void AddDecisionPipeline(IServiceCollection services, GatewayOptions options, PolicyStore policies)
    {
        services.AddSingleton<ICallerRegistrySource, PolicyStoreCallerSource>();
        services.AddSingleton<IIntentClassifier>(sp => SemanticIntentClassifier.CreateDefault(time: sp.GetService<TimeProvider>()));
        services.AddSingleton(sp => new DecisionEngine(policies, sp.GetRequiredService<IIntentClassifier>(), new DecisionEngineOptions
        {
            Budget = options.Inspection.DecisionBudget,
            FailOpenApis = options.Inspection.FailOpenApis.ToHashSet(),
        }, sp.GetService<TimeProvider>()));
        services.AddSingleton<IDecisionEngine>(sp => sp.GetRequiredService<DecisionEngine>());
        services.AddSingleton<IDecisionRecorder, LogDecisionRecorder>();
        services.AddSingleton<RealtimeSessionRunner>();
    }

    private static void AddForwarding(IServiceCollection services, UpstreamOptions options, Upstream upstream)
    {
        services.AddSingleton(upstream.Credential);
        services.AddSingleton<IProbingRequestFactory, CredentialProbingRequestFactory>();
        services.AddReverseProxy()
            .LoadFromMemory(ProxyConfigFactory.Routes(), ProxyConfigFactory.Clusters(options, upstream.Endpoints))
            .AddTransforms(context => context.RequestTransforms.Add(new CredentialSwapTransform(upstream.Credential)));
    }

    /// <summary>The first address Kestrel actually bound, with the port resolved when 0 was asked for.</summary>
    public static Uri BoundAddress(this WebApplication app) =>
        new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    private static GatewayOptions BindAndValidate(IConfiguration configuration)
    {
        var options = new GatewayOptions();
        configuration.GetSection(GatewayOptions.SectionName).Bind(options);
        options.PoliciesPath = PoliciesDirectory.Resolve(options.PoliciesPath);
        options.DemoCallersPath = Path.GetFullPath(options.DemoCallersPath, options.PoliciesPath);
        var result = new GatewayOptionsValidator().Validate(options);
        if (!result.IsValid)
        {
            throw new GatewayConfigurationException(
                "Invalid configuration:" + Environment.NewLine + string.Join(Environment.NewLine, result.Errors.Select(e => "  " + e.ErrorMessage)));
        }
        return options;
    }

    /// <summary>One Serilog logger per gateway instance (not the static one), shared by DI logging and request logging.</summary>
    private static Serilog.ILogger ConfigureLogging(WebApplicationBuilder builder)
    {
        // Hosting and YARP log full URLs at Information, and a URL can carry ?api-key=: keep them at Warning.
        var logger = new LoggerConfiguration()
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.Hosting.Lifetime", LogEventLevel.Information)
            .MinimumLevel.Override("Yarp", LogEventLevel.Warning)
            .MinimumLevel.Override("System.Net.Http", LogEventLevel.Warning)
            .Enrich.FromLogContext()
            .ReadFrom.Configuration(builder.Configuration)
            .WriteTo.Async(sink => sink.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture))
            .CreateLogger();
        builder.Services.AddSerilog(logger, dispose: true);
        return logger;
    }

    private static void ConfigurePipeline(WebApplication app, GatewayOptions options)
    {
        // Outermost, so every request, refused or forwarded, carries the decision's tags into ASP.NET Core's metrics.
        app.UseMiddleware<RequestMetricsTagsMiddleware>();
        app.UseMiddleware<RequestLogMiddleware>();

        if (options.Inspection.Enabled)
        {
            // The realtime relay accepts client WebSockets itself, so it needs the WebSocket feature; bare YARP does not.
            app.UseWebSockets();
        }

        // /healthz: the process serves requests (liveness). /readyz: policies loaded and an upstream YARP considers healthy.
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        app.MapGatewayTelemetry();

        app.MapAdminApi();
        app.MapDashboard();

        app.MapReverseProxy(proxy =>
        {
            proxy.UseMiddleware<UpstreamErrorMiddleware>();
            proxy.UseMiddleware<CallerAuthenticationMiddleware>();
            if (options.Inspection.Enabled)
            {
                proxy.UseMiddleware<InspectionMiddleware>();
            }
            proxy.UseSessionAffinity();
            proxy.UseLoadBalancing();
            proxy.UseMiddleware<UpstreamMetricsMiddleware>();
            if (options.Inspection.Enabled)
            {
                // After load balancing, so a relayed realtime session goes to the destination YARP picked.
                proxy.UseMiddleware<RealtimeRelayMiddleware>();
            }
            proxy.UsePassiveHealthChecks();
        });

        app.MapFallback(context => OpenAIError.WriteAsync(context, StatusCodes.Status404NotFound, "invalid_request_error", "not_found",
            $"PolicyGateway forwards only Azure OpenAI paths under /openai/; '{context.Request.Path}' is not one."));
    }

    /// <summary>
    /// Runs one decision before traffic arrives: a cold JIT would otherwise spend the first request's decision budget
    /// and deny it under the fail-closed rule.
    /// </summary>
    private static void WarmUp(WebApplication app)
    {
        var policies = app.Services.GetRequiredService<PolicyStore>();
        var caller = policies.Current.Callers.Callers.FirstOrDefault();
        if (caller is null) return;
        // The same code on the same classifier, so the JIT work is done, but unobserved: a cold warm-up decision
        // typically overruns the budget, and must not show in the metrics as a fail-closed denial of real traffic.
        var engine = new DecisionEngine(policies, app.Services.GetRequiredService<IIntentClassifier>(), new DecisionEngineOptions { Observe = false });
        engine.Decide(new DecisionRequest(caller, "POST", "/openai/v1/chat/completions", "application/json",
            """{"model":"warm-up","messages":[{"role":"system","content":"warm-up"},{"role":"user","content":"Describe this photo."}]}"""u8.ToArray()));
    }

    private static void LogStartup(WebApplication app, GatewayOptions options, Upstream upstream)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("PolicyGateway");
        if (options.Demo)
        {
            logger.DemoMode(options.DemoCallersPath);
        }
        if (upstream.Emulator is { } emulator)
        {
            logger.UsingEmulator(emulator.BaseAddress);
        }
        else
        {
            logger.UsingAzure(upstream.Endpoints.Count, options.Upstream.Auth.ToString(), string.Join(", ", upstream.Endpoints));
        }
        if (!options.Inspection.Enabled)
        {
            logger.InspectionDisabled();
        }
        var recording = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<RecordingOptions>>().Value;
        if (recording.FullCapture)
        {
            logger.FullCaptureOn(app.Services.GetRequiredService<Recording.Store.IDecisionStore>().Description);
        }
        var telemetry = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<TelemetryOptions>>().Value;
        var otlp = telemetry.OtlpEndpoint ?? app.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        logger.Telemetry(telemetry.MetricsPath, telemetry.PrometheusEnabled ? "on" : "off", string.IsNullOrEmpty(otlp) ? "off" : otlp);
    }
}
